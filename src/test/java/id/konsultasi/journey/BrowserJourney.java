package id.konsultasi.journey;

import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey has: the whole application on its port ({@link IntegrationTest}), the tag that
 * {@code -DexcludedGroups=browser} leaves out, the JVM's Chromium as the journey started it ({@code Browser.start}),
 * handed back clean after each test, and the application's addresses.
 */
@IntegrationTest
@Tag("browser")
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
