package id.konsultasi.standardimport.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.upload.UploadRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.web.multipart.MultipartFile;

/**
 * The text of a published standard as the administrator gives it: pasted, or an uploaded .txt/.md (UTF-8) or PDF
 * (its text extracted). A refusal is an {@link InputRejected} for the field it concerns, with the limit as argument.
 */
final class PublishedText {

    /** the most characters read (both published standards are under 10,000) */
    static final int MAX_CHARACTERS = 100_000;
    /** the largest file read */
    static final int MAX_MEGABYTES = 5;

    private PublishedText() {
    }

    /** The uploaded file's text when a file is given, else the pasted text. */
    static String of(String pasted, MultipartFile file) {
        if (file != null && !file.isEmpty()) {
            return fromFile(file);
        }
        if (pasted == null || pasted.isBlank()) {
            throw new InputRejected("text", "import.text.required");
        }
        return checked("text", pasted);
    }

    private static String fromFile(MultipartFile file) {
        if (file.getSize() > MAX_MEGABYTES * 1024L * 1024L) {
            throw new InputRejected("file", "import.file.tooLarge", MAX_MEGABYTES);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InputRejected("file", "import.file.unreadable");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (UploadRules.contentType(content).filter("application/pdf"::equals).isPresent()) {
            return checked("file", pdfText(content));
        }
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return checked("file", utf8(content));
        }
        throw new InputRejected("file", "import.file.type");
    }

    private static String pdfText(byte[] content) {
        String text;
        try (PDDocument document = Loader.loadPDF(content)) {
            text = new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException notAPdf) {
            throw new InputRejected("file", "import.file.pdf");
        }
        if (text.isBlank()) {
            throw new InputRejected("file", "import.file.scanned");
        }
        return text;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InputRejected("file", "import.file.type");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new InputRejected("file", "import.file.encoding");
        }
    }

    private static String checked(String field, String text) {
        if (text.isBlank()) {
            throw new InputRejected(field, field.equals("text") ? "import.text.required" : "import.file.empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InputRejected(field, "import.text.tooLong", MAX_CHARACTERS);
        }
        return text;
    }
}
