package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


/**
 * On a 390 px phone: the office administrator goes from the published standard to its internal components and
 * Maklumat Pelayanan, and a citizen reads the pledge on the office's page; each page audited with axe-core.
 */
class StandardComponentsBrowserTests extends BrowserJourney {

    @Test
    void theAdministratorReadsTheInternalComponentsAndACitizenThePledgeOnAPhone() {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, url(""), "admin.buton");
        browser.get(url("/admin/standar"));
        browser.findElement(By.id("internal-components")).click();
        Browser.awaitPath(browser, "/admin/standar/internal");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Komponen internal dan maklumat pelayanan");
        assertThat(browser.findElement(By.id("itemsLEGAL_BASIS")).getAttribute("value"))
                .startsWith("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n");
        assertThat(browser.findElement(By.id("pledge")).getAttribute("value")).startsWith("Dengan ini, kami menyatakan");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.get(url("/kantor/buton"));
        assertThat(browser.findElement(By.id("pledge")).getText()).isEqualTo("Maklumat Pelayanan");
        assertThat(browser.findElement(By.cssSelector(".service-pledge p")).isDisplayed()).isTrue();
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
