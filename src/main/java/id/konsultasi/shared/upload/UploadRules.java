package id.konsultasi.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.shared.InputRejected;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import org.springframework.util.unit.DataSize;

/**
 * The rules of every upload, in one place: a field accepts at most {@code maxSize} bytes of a PDF, JPEG or PNG,
 * decided by the content (Apache Tika's magic detection of the first bytes), never by the name or by what the
 * browser says; a PDF only if it opens as one and has a page (its first bytes alone would let through anything that
 * starts with {@code %PDF-}, an HTML page for one). Each field names its refusals under its own message prefix:
 * {@code <messages>.required}, {@code .tooLarge} (with the megabytes as argument), {@code .type} and {@code .pdf}.
 * An accepted file is stored under a {@linkplain #safeName safe name} with the media type of its content.
 *
 * @param maxSize  the largest file the field accepts
 * @param messages the prefix of the field's message keys, e.g. {@code intake.file}
 */
public record UploadRules(DataSize maxSize, String messages) {

    /** Why an uploaded file is refused, and the end of its message key. */
    public enum Refusal {
        /** no file, or an empty one */
        MISSING("required"),
        /** larger than the field accepts */
        TOO_LARGE("tooLarge"),
        /** not a PDF, JPEG or PNG */
        TYPE("type"),
        /** starts like a PDF but does not open as one, or has no page */
        UNREADABLE_PDF("pdf");

        private final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /** A file the rules accepted: its safe name, the media type of its content, its bytes. */
    public record AcceptedFile(String filename, String contentType, byte[] content) {
    }

    private static final String PDF = "application/pdf";
    private static final Set<String> ACCEPTED = Set.of(PDF, "image/jpeg", "image/png");
    /** Tika's registry of types with their magic bytes, read once (tika-core only, no parsers). */
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    /** The message key of what is wrong with the file, if anything (checked in the order of {@link Refusal}). */
    public Optional<String> problem(byte[] content) {
        return refusal(content).map(this::messageKey);
    }

    /** The message key of a refusal in this field, e.g. {@code intake.file.tooLarge}. */
    public String messageKey(Refusal refusal) {
        return messages + "." + refusal.key;
    }

    /** Why the file is refused, if it is. */
    public Optional<Refusal> refusal(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(Refusal.MISSING);
        }
        if (content.length > maxSize.toBytes()) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        Optional<String> type = contentType(content);
        if (type.isEmpty()) {
            return Optional.of(Refusal.TYPE);
        }
        if (PDF.equals(type.get()) && !opensWithAPage(content)) {
            return Optional.of(Refusal.UNREADABLE_PDF);
        }
        return Optional.empty();
    }

    /**
     * The file, accepted under these rules.
     *
     * @throws InputRejected for {@code field} with the message key of the refusal and the megabytes the field
     *                       accepts as argument
     */
    public AcceptedFile accept(String field, String filename, byte[] content) {
        problem(content).ifPresent(key -> {
            throw new InputRejected(field, key, maxMegabytes());
        });
        return accepted(filename, content);
    }

    /** The most megabytes the field accepts, for its messages ("at most {0} MB"). */
    public long maxMegabytes() {
        return maxSize.toMegabytes();
    }

    /**
     * A file already checked by {@link #problem} (or by the rules of the field it came from), named and typed.
     *
     * @throws IllegalArgumentException when it is not a PDF, JPEG or PNG
     */
    public static AcceptedFile accepted(String filename, byte[] content) {
        String type = contentType(content).orElseThrow(() -> new IllegalArgumentException("not a PDF, JPEG or PNG"));
        return new AcceptedFile(safeName(filename, type), type, content);
    }

    /** The media type of a PDF, JPEG or PNG by its content, or empty for anything else. */
    public static Optional<String> contentType(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        try {
            for (MediaType type = TYPES.detect(new ByteArrayInputStream(content), new Metadata()); type != null;
                 type = TYPES.getMediaTypeRegistry().getSupertype(type)) {
                if (ACCEPTED.contains(type.getBaseType().toString())) {
                    return Optional.of(type.getBaseType().toString());
                }
            }
            return Optional.empty();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
    }

    private static boolean opensWithAPage(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException notAPdf) {
            return false;
        }
    }

    private static String extension(String contentType) {
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
}
