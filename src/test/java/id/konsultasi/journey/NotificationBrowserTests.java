package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.Staff;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In Chromium on a 360 px phone: a Bangka Belitung officer has the notifications page open when the duty desk routes
 * an urgent walk-in to them; the bell shows it without a reload, and the officer opens it.
 */
class NotificationBrowserTests extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theOfficerSeesTheUrgentWalkInInTheBellWithoutReloadingAndOpensIt() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        jdbc.update("update staff_user set password_change_required = false where id = ?", officer.getId());
        browser = Browser.start(360, 780);
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(officer.getUsername());
        browser.findElement(By.id("password")).sendKeys("sandi-uji-panjang");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        Browser.awaitPath(browser, "/staf");
        browser.get(url("/staf/pemberitahuan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pemberitahuan");
        assertThat(browser.findElement(By.id("bell-count")).isDisplayed()).isFalse();
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.executeScript("window.stillTheSamePage = true;");

        mvc.perform(post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, "piket.babel"))
                        .param("formKey", UUID.randomUUID().toString()).param("name", "Wa Ode Sitti")
                        .param("phone", "0812 3456 7890").param("nik", "7404011203850001").param("identityChecked", "true")
                        .param("purpose", "Menanyakan bantuan sosial untuk lansia").param("kind", "NEW_CONSULTATION")
                        .param("applicantType", "PERSON").param("topic", "Bantuan sosial lansia").param("urgent", "true")
                        .param("officerId", String.valueOf(officer.getId())))
                .andExpect(status().is3xxRedirection());

        Browser.waitFor(browser, d -> d.findElement(By.id("bell-count")).isDisplayed());
        assertThat(browser.findElement(By.id("bell-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("bell-label")).getAttribute("textContent"))
                .isEqualTo("1 pemberitahuan belum dibaca");
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

        browser.findElement(By.id("bell")).click();
        Browser.awaitPath(browser, "/staf/pemberitahuan");
        browser.findElement(By.partialLinkText("Tamu mendesak")).click();
        Browser.waitFor(browser, d -> d.getCurrentUrl().contains("/staf/permohonan/"));
        assertThat(browser.findElement(By.id("bell-count")).isDisplayed()).isFalse();
    }

    /**
     * A page left open on a shared office PC must not keep its session alive for ever: once the person has not touched
     * it for half the session's timeout, the bell stops asking (here the limit is set to nothing: idle at once), and
     * asks again at the next key.
     */
    @Test
    void anUntouchedPageStopsAskingForTheCountUntilThePersonComesBack() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        jdbc.update("update staff_user set password_change_required = false where id = ?", officer.getId());
        browser = Browser.start(360, 780);
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(officer.getUsername());
        browser.findElement(By.id("password")).sendKeys("sandi-uji-panjang");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        Browser.awaitPath(browser, "/staf");
        browser.get(url("/staf/pemberitahuan"));
        assertThat(browser.findElement(By.id("bell")).getAttribute("data-idle")).isEqualTo("1800000");
        browser.executeScript("document.getElementById('bell').setAttribute('data-idle', '0');");

        mvc.perform(post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, "piket.babel"))
                        .param("formKey", UUID.randomUUID().toString()).param("name", "Wa Ode Diam")
                        .param("phone", "0812 3456 7890").param("nik", "7404011203850001").param("identityChecked", "true")
                        .param("purpose", "Menanyakan bantuan sosial untuk lansia").param("kind", "NEW_CONSULTATION")
                        .param("applicantType", "PERSON").param("topic", "Bantuan sosial lansia").param("urgent", "true")
                        .param("officerId", String.valueOf(officer.getId())))
                .andExpect(status().is3xxRedirection());

        // two refresh intervals of the tests (5 s each) pass without a question
        Awaitility.await().during(Duration.ofSeconds(11)).atMost(Duration.ofSeconds(13)).pollInterval(Browser.POLL)
                .until(() -> !browser.findElement(By.id("bell-count")).isDisplayed());
        new Actions(browser).sendKeys(Keys.SHIFT).perform();
        Browser.waitFor(browser, d -> d.findElement(By.id("bell-count")).isDisplayed());
        assertThat(browser.findElement(By.id("bell-count")).getText()).isEqualTo("1");
    }
}
