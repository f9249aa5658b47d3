package id.konsultasi.verification;

/**
 * What an issued letter prints about its own verification (template fragment {@code documents/verification}): the
 * code grouped to be typed, the address of the verification page, its QR code, and when the office signs it, by whom.
 *
 * @param code          the verification code, as the address writes it
 * @param url           the address of the letter's verification page
 * @param pageUrl       the address of the page where any code may be typed
 * @param qrDataUri     the QR code of {@code url} as a PNG data URI
 * @param signed        whether the letter carries the office's electronic signature
 * @param signatoryName who signs it
 * @param signatoryPost the post they sign in
 */
public record Verification(String code, String url, String pageUrl, String qrDataUri, boolean signed,
                           String signatoryName, String signatoryPost) {

    /** The code in groups of five, e.g. {@code 7KQ2M-X9D4H-...}. */
    public String groupedCode() {
        return VerificationCodes.grouped(code);
    }
}
