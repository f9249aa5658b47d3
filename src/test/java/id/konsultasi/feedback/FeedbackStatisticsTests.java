package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the reports will ask of feedback: complaints of an office and period, per status and channel, on time. */
@IntegrationTest
class FeedbackStatisticsTests {

    @Autowired
    FeedbackStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Offices offices;

    void complaint(Office office, ComplaintSource source, ComplaintStatus status, Instant received, Instant due,
                   Instant answered) {
        jdbc.update("""
                insert into complaint (office_id, complaint_number, complaint_year, tracking_token_hash, idempotency_key,
                                       source, lapor_number, subject, description, status, received_at, due_at,
                                       answer_working_days, answer, answered_at)
                values (?, ?, 2000, ?, ?, ?, ?, 'Uji statistik', 'Uraian', ?, ?, ?, 5, ?, ?)""",
                office.getId(), "UJI/" + UUID.randomUUID(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                source.name(), source == ComplaintSource.LAPOR ? "LAP-" + UUID.randomUUID() : null, status.name(),
                Timestamp.from(received), Timestamp.from(due), answered == null ? null : "Jawaban",
                answered == null ? null : Timestamp.from(answered));
    }

    @Test
    void complaintsOfAPeriodPerStatusAndChannelAndTheShareAnsweredOnTime() {
        Office babel = offices.findByCode("babel").orElseThrow();
        ZoneId wib = babel.zone();
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 7000));
        jdbc.update("delete from complaint where received_at >= ? and received_at < ?",
                Timestamp.from(day.minusDays(1).atStartOfDay(wib).toInstant()),
                Timestamp.from(day.plusDays(2).atStartOfDay(wib).toInstant()));
        Instant morning = day.atTime(9, 0).atZone(wib).toInstant();
        Instant due = morning.plus(Duration.ofDays(7));

        complaint(babel, ComplaintSource.WEB, ComplaintStatus.RECEIVED, morning, due, null);               // overdue
        complaint(babel, ComplaintSource.LAPOR, ComplaintStatus.ANSWERED, morning, due, due.minusSeconds(60)); // on time
        complaint(babel, ComplaintSource.DESK, ComplaintStatus.CLOSED, morning, due, due.plusSeconds(60));   // late
        complaint(babel, ComplaintSource.EMAIL, ComplaintStatus.IN_PROGRESS, morning,
                TestClock.INSTANCE.instant().plus(Duration.ofDays(10)), null);                                              // not yet due
        // the next day in WIB, not in the period
        complaint(babel, ComplaintSource.BOX, ComplaintStatus.RECEIVED, day.plusDays(1).atStartOfDay(wib).toInstant(),
                due, null);

        ComplaintSummary summary = statistics.complaints(babel.getId(), day, day);
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.byStatus()).containsEntry(ComplaintStatus.RECEIVED, 1L)
                .containsEntry(ComplaintStatus.IN_PROGRESS, 1L).containsEntry(ComplaintStatus.ANSWERED, 1L)
                .containsEntry(ComplaintStatus.CLOSED, 1L);
        assertThat(summary.bySource()).containsEntry(ComplaintSource.WEB, 1L).containsEntry(ComplaintSource.LAPOR, 1L)
                .containsEntry(ComplaintSource.DESK, 1L).containsEntry(ComplaintSource.EMAIL, 1L)
                .containsEntry(ComplaintSource.BOX, 0L).containsEntry(ComplaintSource.WHATSAPP, 0L);
        assertThat(summary.answered()).isEqualTo(2);
        assertThat(summary.answeredOnTime()).isEqualTo(1);
        assertThat(summary.overdueOpen()).isEqualTo(1);
        // on time among those whose outcome is known: 1 of (2 answered + 1 overdue)
        assertThat(summary.onTimePercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("33.33"));

        assertThat(statistics.complaints(babel.getId(), day, day.plusDays(1)).total()).isEqualTo(5);
        assertThat(statistics.complaints(offices.findByCode("buton").orElseThrow().getId(), day, day).total()).isZero();
        assertThat(statistics.complaints(babel.getId(), day.minusDays(1), day.minusDays(1)).onTimePercent()).isEmpty();
    }
}
