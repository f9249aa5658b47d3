package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: a citizen who mistypes an address, or a crawler, gets the "page not found" page of the
 * public site, never the staff login; inside the staff area an anonymous visitor is still asked to sign in.
 * {@code robots.txt} keeps crawlers to the public office pages.
 */
@IntegrationTest
class UnknownAddressTests {

    @LocalServerPort
    int port;

    @Test
    void anUnknownPublicAddressIsTheNotFoundPageOfThePublicSite() {
        for (String path : List.of("/tidak-ada", "/kantor/buton/ajukn", "/lacak/bukan/token/ini", "/favicon.ico",
                "/wp-login.php")) {
            Page page = HttpVisitor.anonymous(port).get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            Document document = page.document();
            assertThat(document.select("h1").text()).as(path).isEqualTo("Halaman tidak ditemukan");
            assertThat(document.select("html").attr("lang")).as(path).isEqualTo("id");
            assertThat(document.select("form[action$=/masuk] input[name=password]")).as(path).isEmpty();
            assertThat(page.header("Set-Cookie")).as(path + ": a crawler's miss opens no session").isEmpty();
        }
        HttpVisitor reader = HttpVisitor.anonymous(port);
        reader.get("/?lang=en"); // the language switch, remembered in a cookie
        Page english = reader.get("/tidak-ada");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.document().select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aSignedInOfficerMistypingAnAddressAlsoGetsTheNotFoundPage() {
        HttpVisitor officer = HttpVisitor.demo(port, "petugas.buton");
        assertThat(officer.get("/tidak-ada").status()).isEqualTo(404);
        assertThat(officer.get("/staf/tidak-ada").status()).isEqualTo(404);
    }

    @Test
    void insideTheStaffAreaAnAnonymousVisitorIsStillAskedToSignIn() {
        for (String path : List.of("/staf", "/staf/tidak-ada", "/admin/tidak-ada", "/sistem/kantor", "/sistem/tidak-ada")) {
            Page page = HttpVisitor.anonymous(port).get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/masuk");
        }
        // and after signing in, back to the staff page that was asked for
        HttpVisitor visitor = HttpVisitor.anonymous(port);
        visitor.get("/staf/piket");
        Page login = visitor.get("/masuk").form("form[action$=/masuk]").set("username", "piket.buton")
                .set("password", "konsultasi-demo").submit();
        assertThat(login.location()).contains("/staf/piket");
    }

    @Test
    void robotsTxtKeepsCrawlersToThePublicOfficePages() {
        Page robots = HttpVisitor.anonymous(port).get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        List<String> rules = robots.body().lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(rules.get(0)).isEqualTo("User-agent: *");
        for (String path : List.of("/", "/kantor/buton", "/kantor/babel/ajukan", "/kantor/buton/pengaduan",
                "/css/app.css")) {
            assertThat(allowed(rules, path)).as(path).isTrue();
        }
        for (String path : List.of("/lacak", "/lacak/AbC123", "/lacak/pengaduan/XyZ", "/staf", "/staf/piket",
                "/admin/surel", "/sistem/kantor", "/masuk", "/masuk?gagal", "/keluar")) {
            assertThat(allowed(rules, path)).as(path).isFalse();
        }
    }

    /** How a crawler reads the rules (RFC 9309): the longest matching path prefix decides, Allow on a tie. */
    static boolean allowed(List<String> rules, String path) {
        String decision = "Allow";
        int longest = -1;
        for (String rule : rules) {
            String[] parts = rule.split(":", 2);
            String prefix = parts[1].trim();
            boolean applies = (parts[0].equals("Allow") || parts[0].equals("Disallow")) && !prefix.isEmpty()
                    && path.startsWith(prefix);
            if (applies && (prefix.length() > longest || prefix.length() == longest && parts[0].equals("Allow"))) {
                longest = prefix.length();
                decision = parts[0];
            }
        }
        return decision.equals("Allow");
    }
}
