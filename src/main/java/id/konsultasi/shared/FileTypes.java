package id.konsultasi.shared;

import java.util.Optional;

/** What a file is, decided by its first bytes, never by its name. Only PDF, JPEG and PNG are accepted. */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FileTypes() {
    }

    /** The media type of an accepted file, or empty for anything else. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    public static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }

    /**
     * A file name safe to show, to save on any system and to send back in a header (always encoded, RFC 6266):
     * no path, no control or invisible formatting characters (such as a right-to-left override that would
     * disguise the extension), none of the characters Windows refuses in a name. Everything else is kept as
     * the applicant named the file: accents, typographic quotes and dashes, emoji. At most 120 characters,
     * the end kept (it holds the extension).
     */
    public static String safeName(String original, String contentType) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{C}\\p{Zl}\\p{Zp}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "berkas" + extension(contentType);
        }
        int length = name.codePointCount(0, name.length());
        return length > 120 ? name.substring(name.offsetByCodePoints(0, length - 120)) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
