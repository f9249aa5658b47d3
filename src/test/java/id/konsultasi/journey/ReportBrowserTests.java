package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


/** The head reads the office's report on a phone; the system administrator sees every office; both audited. */
class ReportBrowserTests extends BrowserJourney {

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    @Test
    void theHeadReadsTheReportOnAPhoneAndTheSystemAdministratorSeesAllOffices() {
        browser = Browser.start(360, 780);
        signIn("kadis.babel");
        browser.get(url("/staf/laporan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Laporan layanan konsultasi");
        assertThat(browser.findElements(By.cssSelector("section.office-report"))).hasSize(1);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tamu langsung dilayani dalam batas waktu",
                "Indeks Kepuasan Masyarakat (IKM)");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.quit();

        browser = Browser.start(1280, 900);
        signIn("admin");
        browser.get(url("/staf/laporan"));
        assertThat(browser.findElements(By.cssSelector("section.office-report")).size()).isGreaterThanOrEqualTo(2);
        Browser.assertAccessible(browser);
    }

    @Test
    void theHeadPublishesAQuarterAndACitizenReadsItOnA390PxPhoneInBothLanguages() {
        browser = Browser.start(390, 844);
        signIn("kadis.babel");
        browser.get(url("/staf/kinerja"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Terbitkan kinerja pelayanan");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.findElement(By.id("followUp-2026-3")).sendKeys("Loket Tim PKD dibuka pukul 07.30");
        var publish = browser.findElement(By.cssSelector("#s-2026-3 form button[type=submit]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", publish);
        publish.click();
        Browser.waitFor(browser, d -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());

        browser.get(url("/kantor/babel/kinerja"));
        assertThat(browser.findElement(By.cssSelector("#p-2026-3 .follow-up")).getText())
                .isEqualTo("Loket Tim PKD dibuka pukul 07.30");
        assertThat(browser.findElement(By.cssSelector("#p-2026-3")).getText()).contains("Jumlah responden",
                "Surat jawaban tepat waktu", "Pengaduan diterima");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.get(url("/kantor/babel/kinerja?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service Performance");
        assertThat(browser.findElement(By.cssSelector("#p-2026-3 h2")).getText()).isEqualTo("Q3 2026");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
