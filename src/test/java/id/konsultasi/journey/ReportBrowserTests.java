package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.konsultasi.demo.DemoData;
import id.konsultasi.support.Browser;
import id.konsultasi.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The head reads the office's report on a phone; the system administrator sees every office; both audited. */
@IntegrationTest
@Tag("browser")
class ReportBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String username) {
        browser.get("http://localhost:" + port + "/masuk");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD + "\n");
        Browser.awaitPath(browser, "/staf");
    }

    @Test
    void theHeadReadsTheReportOnAPhoneAndTheSystemAdministratorSeesAllOffices() {
        browser = Browser.start(360, 780);
        signIn("kadis.babel");
        browser.get("http://localhost:" + port + "/staf/laporan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laporan layanan konsultasi");
        assertThat(browser.findElements(By.cssSelector("section.office-report"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tamu langsung dilayani dalam batas waktu",
                "Indeks Kepuasan Masyarakat (IKM)");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.quit();

        browser = Browser.start(1280, 900);
        signIn("admin");
        browser.get("http://localhost:" + port + "/staf/laporan");
        assertThat(browser.findElements(By.cssSelector("section.office-report")).size()).isGreaterThanOrEqualTo(2);
        Browser.assertAccessible(browser);
    }

    @Test
    void theHeadPublishesAQuarterAndACitizenReadsItOnA390PxPhoneInBothLanguages() {
        browser = Browser.start(390, 844);
        signIn("kadis.babel");
        browser.get("http://localhost:" + port + "/staf/kinerja");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terbitkan kinerja pelayanan");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.findElement(By.id("followUp-2026-3")).sendKeys("Loket Tim PKD dibuka pukul 07.30");
        var publish = browser.findElement(By.cssSelector("#s-2026-3 form button[type=submit]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", publish);
        publish.click();
        Browser.waitFor(browser, d -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());

        browser.get("http://localhost:" + port + "/kantor/babel/kinerja");
        assertThat(browser.findElement(By.cssSelector("#p-2026-3 .follow-up")).getText())
                .isEqualTo("Loket Tim PKD dibuka pukul 07.30");
        assertThat(browser.findElement(By.cssSelector("#p-2026-3")).getText()).contains("Jumlah responden",
                "Surat jawaban tepat waktu", "Pengaduan diterima");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.get("http://localhost:" + port + "/kantor/babel/kinerja?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service Performance");
        assertThat(browser.findElement(By.cssSelector("#p-2026-3 h2")).getText()).isEqualTo("Q3 2026");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
