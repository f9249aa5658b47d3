package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


/**
 * On a 390 px phone, the system administrator creates a third office from the pasted text of its published standard
 * (a standard formatted unlike the two seeds), reviews what was read beside the source, fills what the text does not
 * say, saves, and the new office's public page shows the imported standard; once a head and an officer are added
 * and the onboarding guide opens its form, the page leads to its request form. An office administrator's review of Buton's text passes the same audit and goes back to the text.
 */
class StandardImportBrowserTests extends BrowserJourney {

    @Test
    void theSystemAdministratorCreatesAThirdOfficeFromItsPublishedText() throws IOException {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, url(""), "admin");

        browser.get(url("/sistem/kantor/baru"));
        browser.findElement(By.id("import-link")).click();
        Browser.awaitPath(browser, "/sistem/kantor/impor");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.findElement(By.id("text")).sendKeys(text("lain"));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        // the review: the source with the line the parser could not place marked, the gaps named
        Browser.waitFor(browser, driver -> !driver.findElements(By.id("source")).isEmpty());
        WebElement note = browser.findElement(By.id("line-27"));
        assertThat(note.getAttribute("class")).contains("unrecognised");
        assertThat(note.getText()).contains("tidak dikenali", "Catatan: jadwal konsultasi diumumkan");
        assertThat(browser.findElements(By.cssSelector("tr.unrecognised"))).hasSize(2);
        assertThat(browser.findElement(By.id("warnings")).getText()).contains("Produk pelayanan", "2 x 24 jam");
        assertThat(browser.findElement(By.id("office.name")).getAttribute("value"))
                .isEqualTo("DINAS SOSIAL KOTA NUSANTARA");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        // stacked on the phone, side by side on a desktop
        assertThat(top("source-heading")).isLessThan(top("understood-heading"));
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(top("source-heading")).isEqualTo(top("understood-heading"));
        browser.manage().window().setSize(new Dimension(390, 844));

        // what the text does not say ("2 x 24 jam" is the administrator's to read as two working days)
        browser.findElement(By.id("office.code")).sendKeys("nusantara");
        browser.findElement(By.id("office.receiptPrefix")).sendKeys("NSA");
        browser.findElement(By.id("standard.products")).sendKeys("Surat jawaban konsultasi");
        browser.findElement(By.id("standard.answerLetterWorkingDays")).sendKeys("2");
        click(By.id("save"));
        Browser.waitFor(browser, driver -> driver.getCurrentUrl().matches(".*/sistem/kantor/\\d+$"));
        String officePage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Kantor dibuat dengan standar pelayanan dari teks yang diterbitkan.");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("DINAS SOSIAL KOTA NUSANTARA");

        // the new office's public page shows the imported standard; its form waits for the office to be ready
        browser.get(url("/kantor/nusantara"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("400.9/12/DINSOS/2024");
        assertThat(browser.findElements(By.cssSelector("#c-requirements ~ ol li")).stream()
                .map(item -> item.getAttribute("textContent").strip()).toList())
                .containsExactly("Kartu Tanda Penduduk (KTP) pemohon", "Surat permohonan konsultasi",
                        "Nomor telepon yang dapat dihubungi");
        assertThat(browser.findElements(By.id("form-not-open"))).hasSize(1);
        assertThat(browser.findElements(By.id("apply"))).isEmpty();
        Browser.assertNoHorizontalScroll(browser);

        // the onboarding guide: the standard is done, a head and an officer are missing
        browser.get(officePage + "/mulai");
        assertThat(browser.findElement(By.id("step-standard")).getText()).contains("Selesai");
        assertThat(browser.findElement(By.id("step-staff")).getText()).contains("Belum lengkap");
        click(By.id("open-form"));
        Browser.waitFor(browser, driver -> !driver.findElements(By.id("refused")).isEmpty());
        addStaff("kadis.nusantara", "Ratna Dewi", "KADIS");
        addStaff("petugas.nusantara", "Budi Santoso", "PETUGAS");
        browser.get(officePage + "/mulai");
        click(By.id("open-form"));
        Browser.waitFor(browser, driver -> !driver.findElements(By.id("close-form")).isEmpty());
        assertThat(browser.findElements(By.id("refused"))).isEmpty();

        // and its request form opens
        browser.get(url("/kantor/nusantara"));
        browser.findElement(By.id("apply")).click();
        Browser.awaitPath(browser, "/kantor/nusantara/ajukan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Formulir permohonan konsultasi");
        assertThat(browser.findElements(By.cssSelector("main form"))).isNotEmpty();
    }

    /** The system administrator adds a member of the new office's staff with one role. */
    private void addStaff(String username, String name, String role) {
        browser.get(url("/admin/pengguna/baru"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("sembilan-belas-nusantara");
        new Select(browser.findElement(By.id("officeId"))).selectByVisibleText("DINAS SOSIAL KOTA NUSANTARA");
        browser.findElement(By.id("fullName")).sendKeys(name);
        click(By.cssSelector("input[name=roles][value=" + role + "]"));
        click(By.cssSelector("main form button[type=submit]"));
        Browser.waitFor(browser, driver -> driver.getCurrentUrl().matches(".*/admin/pengguna/\\d+$"));
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void theOfficeAdministratorReviewsButonsTextOnAPhoneAndGoesBackToIt() throws IOException {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, url(""), "admin.buton");

        browser.get(url("/admin/standar"));
        browser.findElement(By.id("import-link")).click();
        Browser.awaitPath(browser, "/admin/standar/impor");
        String buton = text("buton");
        browser.executeScript("document.getElementById('text').value = arguments[0];", buton);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        Browser.waitFor(browser, driver -> !driver.findElements(By.id("source")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("tr.unrecognised"))).isEmpty();
        assertThat(browser.findElement(By.id("limits")).getText()).contains("1 hari kerja", "3 hari kerja", "60 menit");
        assertThat(browser.findElement(By.id("updateProfile1")).isSelected()).as("the profile only when asked").isFalse();
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        click(By.id("back"));
        Browser.waitFor(browser, driver -> driver.findElements(By.id("source")).isEmpty());
        assertThat(browser.findElement(By.id("text")).getAttribute("value").strip()).isEqualTo(buton.strip());
    }

    private double top(String id) {
        return ((Number) browser.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top "
                + "+ window.scrollY;", id)).doubleValue();
    }

    private static String text(String name) throws IOException {
        try (InputStream in = StandardImportBrowserTests.class.getResourceAsStream("/standards/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
