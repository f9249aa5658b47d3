package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser of the journeys: its accessibility audit finds what axe-core finds and passes a page without it;
 * the one Chromium a test JVM keeps comes to the next journey without the last one's cookies and storage.
 */
@Tag("browser")
class BrowserAuditTests {

    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1024, 768);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anImageWithoutTextAndAnUnlabelledFieldFailTheAudit() {
        browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=id><head><title>Uji</title></head><body>"
                + "<main><h1>Uji</h1><img src='foto.png'><input type=text id=nama></main></body></html>");
        assertThatThrownBy(() -> Browser.assertAccessible(browser))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("label (critical)")
                .hasMessageContaining("[\"img\"]");
    }

    @Test
    void aPageWithTextForEveryImageAndFieldPassesAndTheAuditRunsAgainAfterANewPage() {
        browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=id><head><title>Uji</title></head><body>"
                + "<main><h1>Uji</h1><img src='foto.png' alt='Foto kantor'><label for=nama>Nama</label>"
                + "<input type=text id=nama></main></body></html>");
        Browser.assertAccessible(browser);
        Browser.assertAccessible(browser);
        browser.get("data:text/html;charset=utf-8,<!doctype html><html lang=id><head><title>Dua</title></head><body>"
                + "<main><h1>Dua</h1><img src='b.png'></main></body></html>");
        assertThat(browser.executeScript("return typeof window.axe;")).isEqualTo("undefined");
        assertThatThrownBy(() -> Browser.assertAccessible(browser)).hasMessageContaining("image-alt");
    }

    @Test
    void theNextJourneyGetsTheBrowserWithoutTheCookiesAndStorageOfTheLast() throws Exception {
        try (var server = new StaticPage()) {
            browser.get(server.url());
            browser.executeScript("document.cookie = 'sesi=lama'; localStorage.setItem('draf', 'isi lama');");
            assertThat(browser.executeScript("return localStorage.getItem('draf');")).isEqualTo("isi lama");
            browser.quit();

            ChromeDriver next = Browser.start(360, 780);
            assertThat(next).isSameAs(browser);
            assertThat(next.getCurrentUrl()).isEqualTo("about:blank");
            next.get(server.url());
            assertThat(next.manage().getCookies()).isEmpty();
            assertThat(next.executeScript("return localStorage.getItem('draf');")).isNull();
            assertThat(next.executeScript("return window.innerWidth;")).isEqualTo(360L);
        }
    }

    /** A page on a local HTTP port: storage and cookies need a real origin. */
    static final class StaticPage implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;

        StaticPage() throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "<!doctype html><html lang=id><title>Uji</title><main><h1>Uji</h1></main></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
