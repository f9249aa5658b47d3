package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;
import id.konsultasi.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** The record's own rules: what each step needs, the order of the steps, lateness. */
class ConsultationRecordTests {

    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    static RecordContent content(String advice, FollowUp... followUps) {
        return new RecordContent(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2)),
                ConsultationMode.ONLINE, 7L, Set.of(7L, 8L), null, null, null, "Masalah", "Pembahasan", advice, null,
                null, null, List.of(followUps), Set.of(LetterSection.ADVICE), Set.of());
    }

    static ConsultationRecord record() {
        return new ConsultationRecord(1L, 2L, 3L, null, NOW);
    }

    @Test
    void aNewRecordIsADraftWhoseLetterHoldsWhatTheOfficeGave() {
        ConsultationRecord record = record();
        assertThat(record.getStage()).isEqualTo(RecordStage.DRAFT);
        assertThat(record.getLetterSections()).contains(LetterSection.ADVICE, LetterSection.HANDOVER)
                .doesNotContain(LetterSection.PROBLEM, LetterSection.DISCUSSION);
        assertThat(record.missingForHeld()).containsExactly("actualStart", "actualEnd", "modeUsed", "leadOfficerId");
    }

    @Test
    void theLeadOfficerIsNotAlsoHisOwnCompanion() {
        ConsultationRecord record = record();
        record.write(content("Saran"), "Petugas", "Petugas", NOW);
        assertThat(record.getCompanionIds()).containsExactly(8L);
        assertThat(record.getLeadOfficerName()).isEqualTo("Petugas");
    }

    @Test
    void aReportNeedsTheResultAndCompleteFollowUps() {
        ConsultationRecord record = record();
        record.write(content(" ", new FollowUp("Kunjungan", null, LocalDate.of(2026, 12, 1))), "P", "P", NOW);
        assertThat(record.missingForHeld()).isEmpty();
        assertThat(record.missingForReport()).containsExactly("advice", "followUps[0]");
        record.held(NOW, NOW.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> record.file(false, NOW)).isInstanceOf(RecordIncomplete.class);
        assertThat(record.getStage()).isEqualTo(RecordStage.HELD);
    }

    @Test
    void theReportGoesThroughTheDivisionHeadWhoReturnsOrForwardsThenTheHeadAcknowledges() {
        ConsultationRecord record = record();
        record.write(content("Saran"), "P", "P", NOW);
        assertThatThrownBy(() -> record.file(true, NOW)).as("not held yet").isInstanceOf(ConflictException.class);
        record.held(NOW, NOW.plus(Duration.ofDays(2)));
        record.file(true, NOW.plus(Duration.ofHours(1)));
        assertThat(record.getStage()).isEqualTo(RecordStage.AT_DIVISION);
        assertThatThrownBy(() -> record.write(content("Lain"), "P", "P", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> record.acknowledged(9L, "Kadis", NOW)).isInstanceOf(ConflictException.class);

        record.returned("Perbaiki", "Kabid", NOW.plus(Duration.ofHours(2)));
        assertThat(record.getStage()).isEqualTo(RecordStage.RETURNED);
        assertThat(record.getStage().isEditable()).isTrue();
        assertThat(record.getReturnCount()).isEqualTo(1);
        record.write(content("Saran diperbaiki"), "P", "P", NOW);
        record.file(true, NOW.plus(Duration.ofDays(5)));
        assertThat(record.getFirstReportedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(record.isFiledLate()).as("first filed in time").isFalse();

        record.forwarded("Kabid", NOW.plus(Duration.ofDays(5)));
        assertThat(record.getStage()).isEqualTo(RecordStage.AT_HEAD);
        assertThatThrownBy(() -> record.returned("Lagi", "Kabid", NOW)).isInstanceOf(ConflictException.class);
        record.acknowledged(9L, "Kadis", NOW.plus(Duration.ofDays(6)));
        record.closingLetterNumbered("0001/X/2026");
        assertThat(record.getStage()).isEqualTo(RecordStage.ACKNOWLEDGED);
        assertThat(record.getClosingLetterNumber()).isEqualTo("0001/X/2026");
    }

    @Test
    void withoutADivisionStepTheReportGoesStraightToTheHead() {
        ConsultationRecord record = record();
        record.write(content("Saran"), "P", "P", NOW);
        record.held(NOW, NOW.plus(Duration.ofDays(2)));
        record.file(false, NOW);
        assertThat(record.getStage()).isEqualTo(RecordStage.AT_HEAD);
        assertThatThrownBy(() -> record.forwarded("Kabid", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theHeadReturnsOnlyAReportThatWaitsForTheHead() {
        ConsultationRecord record = record();
        record.write(content("Saran"), "P", "P", NOW);
        record.held(NOW, NOW.plus(Duration.ofDays(2)));
        record.file(true, NOW);
        assertThatThrownBy(() -> record.returnedByHead("Belum", "Kadis", NOW)).as("still with the division head")
                .isInstanceOf(ConflictException.class);
        record.forwarded("Kabid", NOW);
        record.returnedByHead("Lengkapi data", "Kadis", NOW.plus(Duration.ofHours(1)));
        assertThat(record.getStage()).isEqualTo(RecordStage.RETURNED);
        assertThat(record.getLastRemarkBy()).isEqualTo("Kadis");
        assertThat(record.getReturnCount()).isEqualTo(1);
    }

    @Test
    void aHeldReportIsLateOnlyAfterItsDeadlineAndOnlyUntilItIsFiled() {
        ConsultationRecord record = record();
        record.write(content("Saran"), "P", "P", NOW);
        Instant due = NOW.plus(Duration.ofDays(2));
        record.held(NOW, due);
        assertThat(record.isLate(due)).isFalse();
        assertThat(record.isLate(due.plusSeconds(1))).isTrue();
        record.file(false, due.plus(Duration.ofHours(1)));
        assertThat(record.isLate(due.plus(Duration.ofDays(3)))).isFalse();
        assertThat(record.isFiledLate()).isTrue();
    }
}
