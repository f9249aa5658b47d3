package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.konsultasi.demo.DemoData;
import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


/**
 * In Chromium on a 360 px phone: the home page, both office pages, and a head of office signing in,
 * each page audited with axe-core; on a 390 px phone, each office page leads with the request button and folds its
 * standard.
 */
class FoundationBrowserTests extends BrowserJourney {

    @Test
    void aCitizenReadsBothStandardsOnAPhoneAndTheHeadSignsIn() {
        browser = Browser.start(360, 780);

        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Layanan Konsultasi Dinas Sosial");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        // other test classes in this JVM may add offices of their own to the home page
        WebElement buton = browser.findElement(By.cssSelector("a[href$='/kantor/buton']"));
        assertThat(buton.getText()).isEqualTo("Dinas Sosial Kabupaten Buton");
        buton.click();
        assertThat(browser.getCurrentUrl()).endsWith("/kantor/buton");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("8 TAHUN 2023", "Tidak dipungut biaya");
        assertThat(browser.findElements(By.cssSelector("section.standard-component"))).hasSize(6);
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.get(url("/kantor/babel"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("188.4/47/DINSOSPMD/2023", "30 menit");
        assertThat(browser.findElements(By.cssSelector("section.standard-component"))).hasSize(6);
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.get(url("/masuk"));
        Browser.assertAccessible(browser);
        browser.findElement(By.id("username")).sendKeys("kadis.buton");
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        Browser.awaitPath(browser, "/staf");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Selamat datang, Drs. La Ode Muhammad Arifin, M.Si.");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Kepala Dinas");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void onA390PxPhoneTheOfficePageLeadsWithTheButtonAndFoldsTheStandard(String code) {
        browser = Browser.start(390, 844);
        browser.get(url("/kantor/" + code));

        // what a citizen needs is on the first screen or just below it: the button, then what to bring, how long, free
        Number viewport = (Number) browser.executeScript("return window.innerHeight;");
        Number buttonTop = (Number) browser.executeScript(
                "return document.getElementById('apply').getBoundingClientRect().top;");
        assertThat(buttonTop.doubleValue()).as("top of the request button").isLessThan(viewport.doubleValue());
        assertThat(browser.findElement(By.id("essentials")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("fee")).getText()).isEqualTo("Tidak dipungut biaya");
        assertThat(browser.findElement(By.id("complain")).isDisplayed()).isTrue();

        // the full standard is folded, part by part: the page is no longer the decree's 4,273 px
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
        assertThat(height.intValue()).as("height of the page in px").isLessThan(3_000);
        WebElement step = browser.findElement(By.cssSelector("#c-procedure ~ ol li"));
        assertThat(step.isDisplayed()).isFalse();
        WebElement procedure = browser.findElement(By.id("c-procedure"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", procedure);
        procedure.click();
        assertThat(step.isDisplayed()).isTrue();
        assertThat(step.getText()).startsWith("Pengguna layanan menyampaikan surat");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    @Test
    void anAdministratorWorksOnADesktopByKeyboardInEnglish() {
        browser = Browser.start(1280, 900);
        browser.get(url("/masuk?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        browser.findElement(By.id("username")).sendKeys("admin.babel");
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD + "\n");
        Browser.awaitPath(browser, "/staf");
        browser.get(url("/admin/standar"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Service standard");
        Browser.assertAccessible(browser);
        browser.get(url("/admin/pengguna"));
        Browser.assertAccessible(browser);
        browser.get(url("/admin/libur"));
        Browser.assertAccessible(browser);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Hari Lahir Pancasila");
    }

    /** An office administrator on a phone reads whom each requirement of the standard applies to, beside it. */
    @Test
    void theAdministratorSeesWhomEachRequirementAppliesToOnAPhone() {
        browser = Browser.start(390, 844);
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys("admin.buton");
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD + "\n");
        Browser.awaitPath(browser, "/staf");
        browser.get(url("/admin/standar"));
        assertThat(browser.findElement(By.id("requirements4.text")).getAttribute("value"))
                .isEqualTo("Registrasi tamu ke piket tamu");
        assertThat(new Select(browser.findElement(By.id("requirements4.appliesTo"))).getFirstSelectedOption().getText())
                .isEqualTo("Hanya yang datang langsung atau menyerahkan surat");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
