package id.konsultasi.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every file the application serves, in one shape: its media type; its name as RFC 6266 wants it, an ASCII
 * {@code filename} for old clients and the exact UTF-8 {@code filename*} (a name may hold quotes, accents, emoji);
 * never stored by the browser or a proxy ({@code Cache-Control: no-store}: the files are personal data or an
 * office's records); and never sniffed into another type ({@code X-Content-Type-Options: nosniff}), whatever the
 * security filter chain adds or leaves out.
 */
public final class Downloads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A file to save (an export, a document to keep). */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String filename) {
        return response(content, type, ContentDisposition.attachment(), filename);
    }

    /** A file to open in the browser (a PDF to read or print, a scan to look at). */
    public static ResponseEntity<byte[]> inline(byte[] content, MediaType type, String filename) {
        return response(content, type, ContentDisposition.inline(), filename);
    }

    private static ResponseEntity<byte[]> response(byte[] content, MediaType type, ContentDisposition.Builder disposition,
                                                   String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
