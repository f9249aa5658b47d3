package id.konsultasi.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutboxSender;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestMail;
import jakarta.mail.MessagingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outbox page: a mail that failed for good shows there with its error and is sent again by the
 * button; each office administrator sees only their office's mail, the system administrator all of it.
 */
@IntegrationTest
class OutboxAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    long office(String code) {
        return offices.findByCode(code).orElseThrow().getId();
    }

    /**
     * The mails of these tests are the newest of the shared database: other tests may have queued theirs at
     * a moment of their own choosing (a December week, say), which a list newest first would show above them.
     */
    @BeforeEach
    void afterEveryOtherMail() {
        Instant latest = jdbc.queryForObject("select max(created_at) from outbox_mail", Instant.class);
        if (latest != null && latest.isAfter(TestClock.INSTANCE.instant())) {
            TestClock.INSTANCE.set(latest.plusSeconds(60));
        }
    }

    long enqueue(String officeCode, String subject) {
        return outbox.enqueue(new OutgoingMail(office(officeCode), null, "TEST", "pemohon@contoh.id", subject,
                "Isi surel uji.", "<p>Isi surel uji.</p>", null));
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select status, attempts, next_attempt_at, last_error from outbox_mail where id = ?", id);
    }

    Map<String, Object> awaitStatus(long id, String status) throws InterruptedException {
        return Mailbox.waitFor(() -> row(id), r -> status.equals(r.get("status")));
    }

    long receivedWithSubject(String subject) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(Staff.as(users, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMailThatFailedForGoodIsListedAndTheButtonSendsItAgain() throws Exception {
        String subject = "Gagal terus " + UUID.randomUUID();
        long id = enqueue("babel", subject);
        TestMail.stop();
        try {
            // every attempt fails; the pauses between them pass at once
            for (int round = 0; round < 20 && !"FAILED".equals(row(id).get("status")); round++) {
                jdbc.update("update outbox_mail set next_attempt_at = ? where id = ? and status = 'PENDING'",
                        OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), ZoneOffset.UTC), id);
                sender.sendDue();
            }
        } finally {
            TestMail.start();
        }
        Map<String, Object> failed = awaitStatus(id, "FAILED");
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(failed.get("attempts")).isEqualTo(8);
        assertThat(failed.get("next_attempt_at")).isNull();
        String error = (String) failed.get("last_error");
        assertThat(error).isNotBlank();

        Document list = Jsoup.parse(page("/admin/surel?status=FAILED", "admin.babel"));
        assertThat(list.select("tbody tr").eachText()).anyMatch(line -> line.contains(subject) && line.contains("Gagal"));
        Document detail = Jsoup.parse(page("/admin/surel/" + id, "admin.babel"));
        assertThat(detail.select("h1").text()).isEqualTo(subject);
        assertThat(detail.select("#mail-attempts").text()).isEqualTo("8");
        assertThat(detail.select("#mail-error").text()).isEqualTo(error).contains("Connection refused");
        assertThat(detail.select("#mail-recipient").text()).isEqualTo("pemohon@contoh.id");
        assertThat(detail.select("pre.mail-body").text()).isEqualTo("Isi surel uji.");
        assertThat(detail.select("form[action$=/kirim-ulang] button").text()).isEqualTo("Kirim ulang");

        mvc.perform(post("/admin/surel/" + id + "/kirim-ulang").with(csrf()).with(Staff.as(users, "admin.babel")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/surel/" + id))
                .andExpect(flash().attribute("flash", "flash.mail.retried"));
        Map<String, Object> again = row(id);
        assertThat(again.get("status")).isIn("PENDING", "SENT");
        assertThat((Integer) again.get("attempts")).isLessThanOrEqualTo(1);

        sender.sendDue();
        assertThat(awaitStatus(id, "SENT").get("status")).isEqualTo("SENT");
        assertThat(row(id).get("attempts")).isEqualTo(1);
        assertThat(receivedWithSubject(subject)).isEqualTo(1);

        // a sent mail is not sent twice by a second click
        mvc.perform(post("/admin/surel/" + id + "/kirim-ulang").with(csrf()).with(Staff.as(users, "admin.babel")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "flash.mail.alreadySent"));
        assertThat(row(id).get("status")).isEqualTo("SENT");
        Document sent = Jsoup.parse(page("/admin/surel/" + id, "admin.babel"));
        assertThat(sent.select("form[action$=/kirim-ulang]")).isEmpty();
    }

    @Test
    void anOfficeAdministratorSeesOnlyTheirOfficesMail() throws Exception {
        String butonSubject = "Surel kantor lain " + UUID.randomUUID();
        String babelSubject = "Surel kantor sendiri " + UUID.randomUUID();
        long butonMail = enqueue("buton", butonSubject);
        enqueue("babel", babelSubject);
        // given up, so that a retry would visibly change it
        jdbc.update("update outbox_mail set status = 'FAILED', attempts = 8, next_attempt_at = null where id = ?",
                butonMail);

        mvc.perform(get("/admin/surel/" + butonMail).with(Staff.as(users, "admin.babel")))
                .andExpect(status().isNotFound())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(butonSubject));
        mvc.perform(post("/admin/surel/" + butonMail + "/kirim-ulang").with(csrf()).with(Staff.as(users, "admin.babel")))
                .andExpect(status().isNotFound());
        assertThat(row(butonMail).get("status")).isEqualTo("FAILED");
        assertThat(row(butonMail).get("attempts")).isEqualTo(8);

        for (String url : new String[]{"/admin/surel", "/admin/surel?kantor=" + office("buton"),
                "/admin/surel?status=FAILED"}) {
            assertThat(page(url, "admin.babel")).as(url).doesNotContain(butonSubject);
        }
        assertThat(page("/admin/surel", "admin.babel")).contains(babelSubject);
        assertThat(page("/admin/surel", "admin.buton")).contains(butonSubject).doesNotContain(babelSubject);
        page("/admin/surel/" + butonMail, "admin.buton");

        // the system administrator sees all, by office
        assertThat(page("/admin/surel", "admin")).contains(butonSubject, babelSubject);
        assertThat(page("/admin/surel?kantor=" + office("buton"), "admin")).contains(butonSubject)
                .doesNotContain(babelSubject);
        assertThat(Jsoup.parse(page("/admin/surel/" + butonMail, "admin")).select("h1").text()).isEqualTo(butonSubject);

        // staff without an administrator role see nothing of it
        mvc.perform(get("/admin/surel").with(Staff.as(users, "kadis.buton"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/surel/" + butonMail).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/surel/" + butonMail + "/kirim-ulang").with(csrf()).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isForbidden());
        assertThat(row(butonMail).get("status")).isEqualTo("FAILED");
    }

    @Test
    void theListIsPagedInTheDatabaseNewestFirst() throws Exception {
        String prefix = "Halaman " + UUID.randomUUID() + " ";
        for (int i = 0; i < 27; i++) {
            enqueue("babel", prefix + String.format("%02d", i));
        }
        Document first = Jsoup.parse(page("/admin/surel", "admin.babel"));
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.select("tbody tr").get(0).text()).contains(prefix + "26");
        assertThat(first.select("nav .pagination")).isNotEmpty();
        Document second = Jsoup.parse(page("/admin/surel?hal=1", "admin.babel"));
        assertThat(second.text()).contains(prefix + "01").doesNotContain(prefix + "26");
    }
}
