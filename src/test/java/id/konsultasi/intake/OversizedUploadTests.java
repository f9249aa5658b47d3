package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import id.konsultasi.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP (Tomcat parses the upload): an upload beyond every limit, or a broken one, is a clear 4xx page. */
@IntegrationTest
class OversizedUploadTests {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    String csrf() throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kantor/buton/ajukan"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return Jsoup.parse(form).select("input[name=_csrf]").val();
    }

    HttpResponse<String> post(byte[] body, String boundary) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kantor/buton/ajukan"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("X-Forwarded-For", "10.99.0.1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHugeUploadIsA413PageNotA500() throws Exception {
        String token = csrf();
        String boundary = "----uji" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"idScan\"; filename=\"besar.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[22 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = post(body.toByteArray(), boundary);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Berkas terlalu besar");
    }

    @Test
    void aBrokenMultipartBodyIsA400Page() throws Exception {
        csrf();
        HttpResponse<String> response = post("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"
                .getBytes(StandardCharsets.UTF_8), "x");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception");
    }
}
