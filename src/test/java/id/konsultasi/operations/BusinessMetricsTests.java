package id.konsultasi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The office head's figures, scraped by Prometheus as an operator would read them: each gauge of an office
 * moves with what happens in that office, and the figures are not for anyone but a system administrator on the
 * application's port.
 */
@IntegrationTest
class BusinessMetricsTests {

    /** Longer than the figures are kept between two readings ({@code konsultasi.metrics.max-age}). */
    static final Duration PAST_MAX_AGE = Duration.ofSeconds(11);

    @LocalServerPort
    int port;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    DeskService desk;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestMails() {
        jdbc.update("DELETE FROM outbox_mail WHERE kind = 'METRICS_TEST'");
    }

    @Test
    void theMetricsAreRefusedToAnonymousVisitorsAndToStaffOtherThanTheSystemAdministrator() {
        assertThat(HttpVisitor.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(HttpVisitor.demo(port, "kadis.buton").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(HttpVisitor.demo(port, "admin.buton").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(HttpVisitor.demo(port, "admin").get("/actuator/prometheus").status()).isEqualTo(200);
    }

    @Test
    void eachGaugeOfAnOfficeMovesWithWhatHappensInIt() throws Exception {
        HttpVisitor admin = HttpVisitor.demo(port, "admin");
        TestClock.INSTANCE.set(TestClock.INSTANCE.instant());
        String email = "metrik." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        journeys.submit("buton", "Pemohon metrik", email);
        Mailbox.awaitOne(email); // its receipt mail is no longer pending
        awaitNoMailDue();
        TestClock.INSTANCE.advance(PAST_MAX_AGE);
        Metrics before = Metrics.scrape(admin);

        journeys.submit("buton", "Pemohon metrik kedua", "tanpa-kirim." + UUID.randomUUID() + "@contoh.id");
        desk.registerWalkIn(Staff.principal(users, "piket.buton"), new DeskService.WalkIn(UUID.randomUUID().toString(),
                new Guest("Tamu metrik", null, "+6281234567890", "7404011203850001", true, "Bertanya"),
                VisitKind.OTHER, ApplicantType.PERSON, null, null, null, null, false, null));
        long buton = offices.findByCode("buton").orElseThrow().getId();
        mail(buton, "PENDING");
        mail(buton, "FAILED");
        TestClock.INSTANCE.advance(PAST_MAX_AGE);
        Metrics after = Metrics.scrape(admin);

        assertThat(after.value("konsultasi_requests", "buton", "status", "SUBMITTED"))
                .isEqualTo(before.value("konsultasi_requests", "buton", "status", "SUBMITTED") + 1);
        assertThat(after.value("konsultasi_guests_waiting", "buton", null, null))
                .isEqualTo(before.value("konsultasi_guests_waiting", "buton", null, null) + 1);
        assertThat(after.value("konsultasi_outbox_mails", "buton", "status", "failed"))
                .isEqualTo(before.value("konsultasi_outbox_mails", "buton", "status", "failed") + 1);
        // the second request's receipt mail may still wait to be sent: at least the one that waits for a retry
        assertThat(after.value("konsultasi_outbox_mails", "buton", "status", "pending"))
                .isGreaterThanOrEqualTo(before.value("konsultasi_outbox_mails", "buton", "status", "pending") + 1);
        // the other office's figures did not move
        assertThat(after.value("konsultasi_requests", "babel", "status", "SUBMITTED"))
                .isEqualTo(before.value("konsultasi_requests", "babel", "status", "SUBMITTED"));
        assertThat(after.value("konsultasi_guests_waiting", "babel", null, null))
                .isEqualTo(before.value("konsultasi_guests_waiting", "babel", null, null));

        // two months later nothing was answered: the answer letters and consultations are late
        TestClock.INSTANCE.advance(Duration.ofDays(60));
        Metrics late = Metrics.scrape(admin);
        assertThat(late.value("konsultasi_answer_letters_late", "buton", null, null))
                .isGreaterThanOrEqualTo(after.value("konsultasi_answer_letters_late", "buton", null, null) + 2);
        assertThat(late.value("konsultasi_consultations_late", "buton", null, null))
                .isGreaterThanOrEqualTo(after.value("konsultasi_consultations_late", "buton", null, null) + 2);
        assertThat(late.value("konsultasi_guests_waiting", "buton", null, null)).isZero(); // another day
    }

    void awaitNoMailDue() {
        await().atMost(Mailbox.PATIENCE).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox_mail WHERE status = 'PENDING' AND next_attempt_at <= ?", Long.class,
                Timestamp.from(TestClock.INSTANCE.instant())) == 0);
    }

    void mail(long officeId, String status) {
        Instant now = TestClock.INSTANCE.instant();
        jdbc.update("""
                INSERT INTO outbox_mail (office_id, kind, recipient, subject, text_body, status, attempts, next_attempt_at,
                                         last_error, created_at)
                VALUES (?, 'METRICS_TEST', 'metrik@contoh.id', 'Uji', 'Uji', ?, 1, ?, 'Connection refused', ?)""",
                officeId, status, "PENDING".equals(status) ? Timestamp.from(now.plus(Duration.ofHours(1))) : null,
                Timestamp.from(now));
    }

    /** The samples of one scrape, by name and labels (the office and the one other label of the gauge). */
    record Metrics(Map<String, Double> samples) {

        private static final Pattern SAMPLE = Pattern.compile("^(konsultasi_\\w+)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
        private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

        static Metrics scrape(HttpVisitor visitor) {
            HttpVisitor.Page page = visitor.get("/actuator/prometheus");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            Map<String, Double> samples = new HashMap<>();
            Matcher sample = SAMPLE.matcher(page.body());
            while (sample.find()) {
                Map<String, String> labels = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                String other = labels.containsKey("status") ? "status=" + labels.get("status") : "";
                samples.put(sample.group(1) + "|" + labels.get("office") + "|" + other, Double.parseDouble(sample.group(3)));
            }
            return new Metrics(samples);
        }

        double value(String name, String office, String label, String value) {
            String key = name + "|" + office + "|" + (label == null ? "" : label + "=" + value);
            assertThat(samples).as("a sample " + key).containsKey(key);
            return samples.get(key);
        }
    }
}
