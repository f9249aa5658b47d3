package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every served file names itself as RFC 6266 wants: an ASCII {@code filename} (quotes escaped, accents dropped) for
 * old clients and the exact name in UTF-8 as {@code filename*}; and it is never stored nor sniffed.
 */
class DownloadsTests {

    static final String NAME = "Surat \"Desa\" Wakaokili – Ñoño José.pdf";

    @Test
    void aNameWithAQuoteAndLettersBeyondAsciiArrivesWhole() {
        ResponseEntity<byte[]> download = Downloads.attachment(new byte[]{1}, Downloads.PDF, NAME);
        String header = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);

        assertThat(header).isEqualTo("attachment; filename=\"Surat \\\"Desa\\\" Wakaokili _ Nono Jose.pdf\"; "
                + "filename*=UTF-8''Surat%20%22Desa%22%20Wakaokili%20%E2%80%93%20%C3%91o%C3%B1o%20Jos%C3%A9.pdf");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.isAttachment()).isTrue();
        assertThat(parsed.getFilename()).isEqualTo(NAME);
        assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aFileIsNeitherStoredNorSniffed() {
        ResponseEntity<byte[]> download = Downloads.inline(new byte[]{1}, MediaType.IMAGE_PNG, "ktp.png");
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"ktp.png\"; filename*=UTF-8''ktp.png");
        assertThat(download.getHeaders().get(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    }
}
