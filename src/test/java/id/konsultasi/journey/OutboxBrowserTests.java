package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Offices;
import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** In Chromium on a 360 px phone: an office administrator finds a failed mail and sends it again. */
class OutboxBrowserTests extends BrowserJourney {

    @Autowired
    Outbox outbox;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSendsAFailedMailAgainOnAPhone() {
        browser = Browser.start(360, 780);
        String subject = "Tanda terima " + UUID.randomUUID();
        long id = outbox.enqueue(new OutgoingMail(offices.findByCode("babel").orElseThrow().getId(), null, "RECEIPT",
                "pemohon.dengan.alamat.yang.panjang.sekali@contoh-instansi.go.id", subject,
                "Yth. Pemohon,\n\nPermohonan konsultasi Anda telah kami terima dengan nomor KONS/BBL/2026/000123.",
                "<p>Yth. Pemohon,</p>", java.util.List.of(new OutgoingMail.Attachment("tanda-terima.pdf",
                        "application/pdf", new byte[]{'%', 'P', 'D', 'F'}))));
        jdbc.update("update outbox_mail set status = 'FAILED', attempts = 8, next_attempt_at = null, "
                + "last_error = 'MailSendException: Mail server connection failed' where id = ?", id);

        Browser.signIn(browser, url(""), "admin.babel");

        browser.get(url("/admin/surel?status=FAILED"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Surel keluar");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        browser.findElement(By.linkText(subject)).click();
        Browser.awaitPath(browser, "/admin/surel/" + id);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Gagal", "Mail server connection failed", "tanda-terima.pdf", "KONS/BBL/2026/000123");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        // by keyboard: Tab to the button and press Enter
        browser.findElement(By.cssSelector("main form button[type=submit]")).sendKeys(Keys.ENTER);
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main [role=status]"))).getText())
                .isEqualTo("Surel dijadwalkan untuk dikirim ulang dalam beberapa detik.");
        Browser.assertAccessible(browser);
    }
}
