package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


/**
 * Issue 18 (names), in Chromium on a 390 px phone: Bangka Belitung's administrator opens the names of its units and
 * roles and saves them as they are; the secretariat's agenda book, with a complaint among its letters, and the
 * public office page that sends walk-ins to the Sekretariat Dinas fit the phone and pass axe.
 */
class NamesBrowserTests extends BrowserJourney {

    @Test
    void theNamesPageTheAgendaBookAndTheOfficePageFitAPhone() {
        browser = Browser.start(390, 844);
        browser.get(url("/kantor/babel/pengaduan"));
        browser.findElement(By.id("subject")).sendKeys("Surat belum dibalas");
        browser.findElement(By.id("description")).sendKeys("Sudah lewat tiga hari kerja, surat jawaban belum diterima.");
        browser.findElement(By.id("name")).sendKeys("Wa Ode Sitti Rahma");
        Browser.clickAndLeave(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(Browser.textOf(browser, By.id("agenda-number"))).contains("Tim PKD");
        fits();
        browser.get(url("/kantor/babel"));
        assertThat(browser.findElement(By.id("walk-in-desk")).getText()).contains("Sekretariat Dinas");
        fits();
        browser.quit();

        signIn("admin.babel");
        browser.get(url("/admin/sebutan"));
        assertThat(browser.findElement(By.id("secretariat")).getAttribute("value")).isEqualTo("Tim PKD");
        fits();
        Browser.clickAndLeave(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
        Browser.awaitPath(browser, "/admin/sebutan");
        browser.get(url("/admin/sebutan?lang=en"));
        fits();
        browser.quit();

        signIn("sekretariat.babel");
        for (String page : List.of("/staf/agenda", "/staf/agenda?lang=en")) {
            browser.get(url(page));
            // the book runs in order of registration: the new complaint is on the last page
            while (browser.findElements(By.cssSelector("#agenda-book tr.agenda-complaint")).isEmpty()
                    && !browser.findElements(By.cssSelector("a[rel=next][href]")).isEmpty()) {
                browser.get(browser.findElement(By.cssSelector("a[rel=next][href]")).getAttribute("href"));
            }
            assertThat(browser.findElements(By.cssSelector("#agenda-book tr.agenda-complaint"))).isNotEmpty();
            fits();
        }
    }

    @SuppressWarnings("unchecked")
    void fits() {
        Browser.assertNoHorizontalScroll(browser);
        assertThat((List<String>) browser.executeScript(PhoneListsBrowserTests.SQUEEZED)).isEmpty();
        Browser.assertAccessible(browser);
    }

    void signIn(String username) {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, url(""), username);
    }
}
