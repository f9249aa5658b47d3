package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import id.konsultasi.request.Receipt;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.RequestJourneys;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Over real HTTP: pages link to the stylesheets and scripts by names that change with their content (our own
 * files by a hash of it, the webjars by their version), so browsers keep them for a year without asking again;
 * what is sent is compressed for browsers that accept it; {@code robots.txt} stays where crawlers look for it.
 */
@IntegrationTest
class StaticFilesTests {

    static final String IMMUTABLE = "max-age=31536000, public, immutable";
    static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip");

    @LocalServerPort
    int port;
    @Autowired
    RequestJourneys journeys;

    @Test
    void pagesLinkToContentHashedFilesThatBrowsersKeepForAYear() throws Exception {
        Document home = HttpVisitor.anonymous(port).get("/").document();
        List<String> styles = home.select("link[rel=stylesheet]").eachAttr("href");
        List<String> scripts = home.select("script[src]").eachAttr("src");
        String bootstrap = webjarVersion("org.webjars", "bootstrap");
        assertThat(styles).containsExactly("/webjars/bootstrap/" + bootstrap + "/css/bootstrap.min.css",
                "/css/app-" + md5("static/css/app.css") + ".css");
        assertThat(scripts).containsExactly("/webjars/bootstrap/" + bootstrap + "/js/bootstrap.bundle.min.js",
                "/webjars/htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js",
                "/js/app-" + md5("static/js/app.js") + ".js");

        List<String> files = new ArrayList<>(styles);
        files.addAll(scripts);
        for (String file : files) {
            Page answer = HttpVisitor.anonymous(port).get(file);
            assertThat(answer.status()).as(file).isEqualTo(200);
            assertThat(answer.header("Cache-Control")).as(file).hasValue(IMMUTABLE);
            assertThat(answer.header("Set-Cookie")).as(file).isEmpty();
            assertThat(answer.header("X-Content-Type-Options")).as(file).hasValue("nosniff");
        }
        Page stylesheet = HttpVisitor.anonymous(port).get(styles.get(1));
        assertThat(stylesheet.bytes()).isEqualTo(bytes("static/css/app.css"));
        assertThat(stylesheet.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        // the address of a script on a staff page (the duty desk's) is hashed too
        Document desk = HttpVisitor.demo(port, "piket.buton").get("/staf/piket/tamu-baru").document();
        assertThat(desk.select("script[src]").eachAttr("src")).contains("/js/desk-" + md5("static/js/desk.js") + ".js");
        // the pages themselves are never kept
        assertThat(HttpVisitor.anonymous(port).get("/").header("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void addressesWithoutVersionStillAnswer() {
        Page webjar = HttpVisitor.anonymous(port).get("/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(webjar.status()).isEqualTo(200);
        assertThat(webjar.body()).startsWith("@charset \"UTF-8\";/*!\n * Bootstrap");
        assertThat(HttpVisitor.anonymous(port).get("/css/app.css").bytes()).isEqualTo(bytes("static/css/app.css"));
        assertThat(HttpVisitor.anonymous(port).get("/css/tidak-ada.css").status()).isEqualTo(404);
    }

    @Test
    void robotsTxtStaysAtTheRootWithAShortCache() {
        Page robots = HttpVisitor.anonymous(port).get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /lacak");
        assertThat(robots.header("Cache-Control")).hasValue("max-age=86400, public");
    }

    @Test
    void filesPagesAndFragmentsAreCompressedForBrowsersThatAcceptIt() {
        String stylesheet = HttpVisitor.anonymous(port).get("/").document().select("link[href^=/css/]").attr("href");
        Page compressed = HttpVisitor.anonymous(port).get(stylesheet, GZIP);
        assertThat(compressed.header("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gunzip(compressed.bytes())).isEqualTo(bytes("static/css/app.css"));
        assertThat(compressed.bytes().length).isLessThan(bytes("static/css/app.css").length / 2);
        Page plain = HttpVisitor.anonymous(port).get(stylesheet);
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(plain.bytes()).isEqualTo(bytes("static/css/app.css"));

        Page page = HttpVisitor.anonymous(port).get("/kantor/buton", GZIP);
        assertThat(page.header("Content-Encoding")).hasValue("gzip");
        assertThat(new String(gunzip(page.bytes()), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>").contains("</html>");

        // htmx swaps a fragment it asked for: the browser unpacks it before htmx sees it
        HttpVisitor desk = HttpVisitor.demo(port, "piket.buton");
        Page fragment = desk.get("/staf/piket/papan", Map.of("HX-Request", "true", "Accept-Encoding", "gzip"));
        assertThat(fragment.status()).isEqualTo(200);
        String board = new String(fragment.header("Content-Encoding").isPresent() ? gunzip(fragment.bytes())
                : fragment.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(board).doesNotContain("<html").contains("id=\"board\"");

        // downloads are sent as they are
        Receipt receipt = journeys.submit("buton", "Wa Ode Unduh", "unduh@contoh.id");
        Page pdf = HttpVisitor.anonymous(port).get("/lacak/" + receipt.trackingToken() + "/tanda-terima.pdf", GZIP);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Encoding")).isEmpty();
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    static byte[] bytes(String classpath) {
        try (InputStream in = new ClassPathResource(classpath).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String md5(String classpath) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes(classpath)));
    }

    static String webjarVersion(String group, String artifact) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = new ClassPathResource("META-INF/maven/" + group + "/" + artifact + "/pom.properties")
                .getInputStream()) {
            pom.load(in);
        }
        return pom.getProperty("version");
    }

    static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
