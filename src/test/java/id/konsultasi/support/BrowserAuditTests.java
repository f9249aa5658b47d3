package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility audit of the browser journeys finds what axe-core finds, and passes a page without it. */
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
}
