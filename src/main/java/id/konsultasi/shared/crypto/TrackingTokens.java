package id.konsultasi.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a tracking link ({@code /lacak/<token>}, {@code /lacak/pengaduan/<token>}): 256 random bits. The
 * database keeps its SHA-256 for the lookup (a hash of 256 random bits needs no salt nor slow hashing: nobody can
 * guess the token from it) and the token itself only encrypted, for the mails and pages that show the link again.
 */
public final class TrackingTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, in hexadecimal (64 characters), as stored for the lookup. */
    public static String hash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
