package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a 390 px phone, audited with axe-core: a new office's closed public page and form; the system administrator
 * reads its guide and is refused opening it, with what is missing; an office administrator reads their own guide.
 */
class OnboardingBrowserTests extends BrowserJourney {

    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    OfficeAdministration administration;

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    void audit() {
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    @Test
    void aNewOfficeIsClosedUntilItsGuideSaysItIsReady() {
        String code = "uji-panduan-" + UUID.randomUUID().toString().substring(0, 6);
        Office butonOffice = offices.findByCode("buton").orElseThrow();
        Office office = administration.createOfficeToSetUp(code,
                butonOffice.profile().named("Dinas Sosial Kota Panduan"),
                directory.standard(butonOffice.getId()));
        browser = Browser.start(390, 844);

        browser.get(url("/kantor/" + code));
        assertThat(browser.findElement(By.id("form-not-open")).getText()).contains("belum dibuka");
        assertThat(browser.findElements(By.id("apply"))).isEmpty();
        audit();
        browser.get(url("/kantor/" + code + "/ajukan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Formulir belum dibuka");
        audit();

        // the system administrator goes from the office's page to its guide, and may not open it yet
        signIn("admin");
        browser.get(url("/sistem/kantor/" + office.getId()));
        browser.findElement(By.cssSelector("#onboarding a")).click();
        Browser.awaitPath(browser, "/sistem/kantor/" + office.getId() + "/mulai");
        assertThat(browser.findElement(By.id("form-state")).getText()).isEqualTo("Belum dibuka");
        audit();
        browser.findElement(By.id("open-form")).click();
        Browser.waitFor(browser, b -> !b.findElements(By.id("refused")).isEmpty());
        assertThat(browser.findElement(By.id("refused")).getText())
                .contains("Formulir publik belum dapat dibuka", "Belum ada Kepala Dinas aktif.",
                        "Belum ada petugas layanan aktif.");
        assertThat(browser.findElement(By.id("form-state")).getText()).isEqualTo("Belum dibuka");
        audit();
        browser.quit();

        // an office administrator finds the guide first in the menu; Buton's is set up and open
        signIn("admin.buton");
        browser.findElement(By.cssSelector("a.btn[href='/admin/mulai']")).click();
        Browser.awaitPath(browser, "/admin/mulai");
        assertThat(browser.findElement(By.id("form-state")).getText()).isEqualTo("Terbuka");
        assertThat(browser.findElements(By.cssSelector("#step-standard .missing"))).isEmpty();
        audit();
    }
}
