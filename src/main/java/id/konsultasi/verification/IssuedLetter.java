package id.konsultasi.verification;

import java.time.Instant;

/**
 * A letter as the office issued it, without its bytes: what the verification page and the secretariat's list show.
 *
 * @param certificateSha256 the SHA-256 of the certificate that signed it; null: issued unsigned
 */
public record IssuedLetter(long id, long officeId, LetterKind kind, String number, String code, String signatoryName,
                           String signatoryPost, String certificateSha256, Instant issuedAt, String sha256, int sizeBytes,
                           String srikandiNumber) {

    public boolean signed() {
        return certificateSha256 != null;
    }

    public String groupedCode() {
        return VerificationCodes.grouped(code);
    }
}
