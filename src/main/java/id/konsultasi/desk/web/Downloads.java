package id.konsultasi.desk.web;

import id.konsultasi.shared.Csv;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download (an export) or to open in the browser (a PDF to print), never cached. */
final class Downloads {

    static final MediaType CSV = Csv.MEDIA_TYPE;
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType PDF = MediaType.APPLICATION_PDF;

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return response(content, type, ContentDisposition.attachment().filename(filename).build());
    }

    static ResponseEntity<byte[]> inline(byte[] content, MediaType type, String filename) {
        return response(content, type, ContentDisposition.inline().filename(filename).build());
    }

    private static ResponseEntity<byte[]> response(byte[] content, MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
