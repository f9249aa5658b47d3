package id.konsultasi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The delivery state of one mail: pauses that double, giving up, sending again. */
class OutboxMailTests {

    static final MailSettings SETTINGS = new MailSettings("Layanan Konsultasi <noreply@konsultasi.local>",
            Duration.ofSeconds(5), 8, 10, Duration.ofMinutes(1), Duration.ofHours(6));
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    static OutboxMail mail() {
        return new OutboxMail(new OutgoingMail(1L, null, "TEST", " pemohon@contoh.id ", "Baris satu\r\nBcc: x@y.z",
                "Isi.", null, null), NOW);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutboxMail mail = mail();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW);
        // no header can be smuggled in through the subject
        assertThat(mail.getSubject()).isEqualTo("Baris satu Bcc: x@y.z");
        assertThat(mail.getRecipient()).isEqualTo("pemohon@contoh.id");
    }

    @Test
    void thePauseDoublesFromOneMinuteAndTheEighthFailureIsFinal() {
        OutboxMail mail = mail();
        List<Duration> pauses = new ArrayList<>();
        Instant now = NOW;
        for (int attempt = 1; attempt < 8; attempt++) {
            mail.failed("Connection refused", now, SETTINGS);
            pauses.add(Duration.between(now, mail.getNextAttemptAt()));
            now = mail.getNextAttemptAt();
        }
        assertThat(pauses).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        mail.failed("Connection refused", now, SETTINGS);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(8);
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThatThrownBy(() -> mail.sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePauseIsAtMostSixHours() {
        MailSettings patient = new MailSettings("noreply@konsultasi.local", Duration.ofSeconds(5), 50, 10,
                Duration.ofMinutes(1), Duration.ofHours(6));
        assertThat(patient.retryDelay(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(patient.retryDelay(10)).isEqualTo(Duration.ofHours(6));
        assertThat(patient.retryDelay(49)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aRetryStartsAfreshButASentMailIsNeverSentAgain() {
        OutboxMail mail = mail();
        mail.failedForGood("Illegal address");
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        mail.retry(NOW.plusSeconds(60));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        mail.sent(NOW.plusSeconds(61));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(61));
        assertThat(mail.isRetryable()).isFalse();
        assertThatThrownBy(() -> mail.retry(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongErrorIsCutToWhatTheColumnHolds() {
        OutboxMail mail = mail();
        mail.failed("x".repeat(5000), NOW, SETTINGS);
        assertThat(mail.getLastError()).hasSize(OutboxMail.MAX_ERROR).endsWith("\u2026");
    }

    @Test
    void aWrongSenderAddressFailsTheStartNotEveryMail() {
        assertThatThrownBy(() -> new MailSettings("Layanan <bukan alamat", Duration.ofSeconds(5), 8, 10,
                Duration.ofMinutes(1), Duration.ofHours(6))).isInstanceOf(IllegalArgumentException.class);
    }
}
