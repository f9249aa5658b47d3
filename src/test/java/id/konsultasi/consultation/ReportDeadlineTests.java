package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import id.konsultasi.consultation.ReportDeadline.Outcome;
import org.junit.jupiter.api.Test;

/** The one lateness rule of a report: its stored deadline against its first filing, or against now. */
class ReportDeadlineTests {

    static final Instant DUE = Instant.parse("2026-10-08T08:00:00Z");
    static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void filedByTheDeadlineIsOnTimeAndAfterItFiledLateWhateverTheTimeNow() {
        ReportDeadline atTheDeadline = new ReportDeadline(DUE, DUE);
        assertThat(atTheDeadline.outcome(DUE.plus(Duration.ofDays(30)))).isEqualTo(Outcome.ON_TIME);
        assertThat(atTheDeadline.isFiledLate()).isFalse();
        ReportDeadline aMinuteLate = new ReportDeadline(DUE, DUE.plus(MINUTE));
        assertThat(aMinuteLate.outcome(DUE)).isEqualTo(Outcome.FILED_LATE);
        assertThat(aMinuteLate.isFiledLate()).isTrue();
        assertThat(aMinuteLate.isOverdue(DUE.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void notFiledIsPendingUntilTheDeadlineAndOverdueAfterIt() {
        ReportDeadline notFiled = new ReportDeadline(DUE, null);
        assertThat(notFiled.outcome(DUE)).isEqualTo(Outcome.PENDING);
        assertThat(notFiled.outcome(DUE.plus(MINUTE))).isEqualTo(Outcome.OVERDUE);
        assertThat(notFiled.isOverdue(DUE.plus(MINUTE))).isTrue();
        assertThat(notFiled.isFiledLate()).isFalse();
    }

    @Test
    void aConsultationNotRecordedAsHeldHasNoDeadlineYet() {
        assertThat(new ReportDeadline(null, null).outcome(DUE)).isEqualTo(Outcome.PENDING);
        assertThat(new ReportDeadline(null, null).isOverdue(DUE.plus(Duration.ofDays(365)))).isFalse();
    }

    @Test
    void theRecordAndTheListsRowsJudgeByTheSameRule() {
        ConsultationRecord record = ConsultationRecordTests.record();
        assertThat(record.reportDeadline()).isEqualTo(new ReportDeadline(null, null));
        ReportRow filedLate = new ReportRow(1, "R", "A", null, "T", RecordStage.AT_HEAD, "L", DUE.minus(Duration.ofDays(3)),
                DUE, DUE.plus(MINUTE), DUE.plus(MINUTE), 0);
        assertThat(filedLate.filedLate()).isTrue();
        OfficerReportRow overdue = new OfficerReportRow(1, "R", "A", null, "T", null, RecordStage.HELD,
                DUE.minus(Duration.ofDays(3)), DUE, null, 0, null);
        assertThat(overdue.isLate(DUE.plus(MINUTE))).isTrue();
        assertThat(overdue.isLate(DUE)).isFalse();
    }
}
