package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import id.konsultasi.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** The complaint's own rules: its lifecycle, its history, its deadline and what staff may see of it. */
class ComplaintTests {

    static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-03-09T08:00:00Z");
    static final ComplaintActor SECRETARIAT = new ComplaintActor(7L, "La Ode Safaruddin");

    static Complaint complaint(ComplaintSource source, String laporNumber, boolean anonymous) {
        return Complaint.file(new NewComplaint(source, "key", laporNumber, anonymous, "Wa Ode Sitti", "sitti@contoh.id",
                        null, "Jadwal tidak dikabarkan", "Sudah seminggu tanpa kabar.", null, null, null), 1L,
                "ADU/BTN/2026/0001", 2026, "t".repeat(43), null, RECEIVED, DUE, 5, ComplaintActor.complainant(),
                RECEIVED);
    }

    @Test
    void receivedThenInProgressThenAnsweredThenClosedWithItsHistory() {
        Complaint c = complaint(ComplaintSource.WEB, null, false);
        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
        c.startHandling(SECRETARIAT, RECEIVED.plusSeconds(60), "Cek ke bidang");
        c.answer("Mohon maaf, jadwal Anda hari Kamis pukul 09.00.", SECRETARIAT, RECEIVED.plus(Duration.ofDays(2)));
        c.close(SECRETARIAT, RECEIVED.plus(Duration.ofDays(3)), null);

        assertThat(c.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.getHistory()).extracting(ComplaintHistoryEntry::getToStatus).containsExactly(
                ComplaintStatus.RECEIVED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED);
        assertThat(c.getHistory().get(1).getInternalNote()).isEqualTo("Cek ke bidang");
        assertThat(c.getHistory().get(2).getPublicNote()).startsWith("Mohon maaf");
        assertThat(c.getAnsweredByName()).isEqualTo("La Ode Safaruddin");
        assertThat(c.isAnsweredOnTime()).isTrue();
        assertThat(c.getClosedAt()).isEqualTo(RECEIVED.plus(Duration.ofDays(3)));
    }

    @Test
    void anAnswerCanComeStraightAwayButNothingSkipsTheAnswer() {
        Complaint c = complaint(ComplaintSource.WEB, null, false);
        assertThatThrownBy(() -> c.close(SECRETARIAT, RECEIVED, null)).isInstanceOf(ConflictException.class);
        c.answer("Jawaban", SECRETARIAT, RECEIVED.plusSeconds(5));
        assertThatThrownBy(() -> c.answer("Jawaban lagi", SECRETARIAT, RECEIVED.plusSeconds(9)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.startHandling(SECRETARIAT, RECEIVED.plusSeconds(9), null))
                .isInstanceOf(ConflictException.class);
        assertThat(c.getHistory()).hasSize(2);
    }

    @Test
    void overdueWhileOpenAfterItsDeadlineAndLateWhenAnsweredAfterIt() {
        Complaint c = complaint(ComplaintSource.WEB, null, false);
        assertThat(c.isOverdue(DUE)).isFalse();
        assertThat(c.isOverdue(DUE.plusSeconds(1))).isTrue();
        c.answer("Jawaban terlambat", SECRETARIAT, DUE.plusSeconds(60));
        assertThat(c.isOverdue(DUE.plusSeconds(120))).isFalse();
        assertThat(c.isAnsweredOnTime()).isFalse();
    }

    @Test
    void aLaporComplaintCarriesItsTicketNumber() {
        assertThatThrownBy(() -> complaint(ComplaintSource.LAPOR, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(complaint(ComplaintSource.LAPOR, "LAP-2026-0042", false).getLaporNumber()).isEqualTo("LAP-2026-0042");
        assertThat(complaint(ComplaintSource.DESK, "LAP-2026-0042", false).getLaporNumber()).isNull();
    }

    @Test
    void anAnonymousComplaintHidesItsComplainantFromStaff() {
        StaffComplaintView view = StaffComplaintView.of(complaint(ComplaintSource.WEB, null, true), RECEIVED);
        assertThat(view.complainantName()).isNull();
        assertThat(view.email()).isNull();
        assertThat(view.phone()).isNull();
        assertThat(view.contactable()).isTrue();
        StaffComplaintView named = StaffComplaintView.of(complaint(ComplaintSource.WEB, null, false), RECEIVED);
        assertThat(named.complainantName()).isEqualTo("Wa Ode Sitti");
        assertThat(named.email()).isEqualTo("sitti@contoh.id");
    }
}
