package id.konsultasi.shared;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a file is, decided by its content, never by its name. Only PDF, JPEG and PNG are accepted, and a PDF only
 * if it opens as one and has a page (its first bytes alone would let through anything that starts with
 * {@code %PDF-}, an HTML page for one).
 */
public final class FileTypes {

    /** Why an uploaded file is refused. */
    public enum Refusal {
        /** not a PDF, JPEG or PNG */
        TYPE,
        /** starts like a PDF but does not open as one, or has no page */
        UNREADABLE_PDF
    }

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

    /**
     * Why the file is refused, if it is: not a PDF, JPEG or PNG by its first bytes, or a PDF that PDFBox cannot
     * open or that has no page. Call it once where the file arrives; {@link #sniff} then gives its type.
     */
    public static Optional<Refusal> refusal(byte[] content) {
        Optional<String> type = sniff(content);
        if (type.isEmpty()) {
            return Optional.of(Refusal.TYPE);
        }
        if ("application/pdf".equals(type.get()) && !opensWithAPage(content)) {
            return Optional.of(Refusal.UNREADABLE_PDF);
        }
        return Optional.empty();
    }

    private static boolean opensWithAPage(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException notAPdf) {
            return false;
        }
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
     * disguise the extension), none of the characters Windows refuses in a name, and an extension that says what
     * the content is ({@code ktp.html} holding a PNG is {@code ktp.png}; {@code scan.jpeg} stays). Everything else
     * is kept as the applicant named the file: accents, typographic quotes and dashes, emoji. At most 120
     * characters: a longer name keeps its beginning and gets its extension back.
     */
    public static String safeName(String original, String contentType) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{C}\\p{Zl}\\p{Zp}<>:\"|?*]", "_").strip();
        String extension = extension(contentType);
        if (name.isEmpty() || name.startsWith(".")) {
            return "berkas" + extension;
        }
        if (!extension.isEmpty() && !hasExtensionOf(name, contentType)) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name).strip() + extension;
        }
        int length = name.codePointCount(0, name.length());
        if (length <= 120) {
            return name;
        }
        String ending = extension.isEmpty() ? "" : name.substring(name.lastIndexOf('.'));
        String base = name.substring(0, name.length() - ending.length());
        int keep = 120 - ending.codePointCount(0, ending.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + ending;
    }

    private static boolean hasExtensionOf(String name, String contentType) {
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (contentType) {
            case "application/pdf" -> lower.endsWith(".pdf");
            case "image/jpeg" -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            case "image/png" -> lower.endsWith(".png");
            default -> true;
        };
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
