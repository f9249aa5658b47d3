package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The lifecycle: every legal move works and is written in the history; every other is refused and changes nothing. */
class ConsultationRequestTests {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final Actor STAFF = new Actor(7L, "Petugas Uji");

    static ConsultationRequest online() {
        NewRequest r = new NewRequest(Channel.ONLINE, "key", null, "Bantuan sosial", "Bertanya syarat",
                ConsultationMode.IN_PERSON, null, false, true);
        return ConsultationRequest.open(r, new Applicant(ApplicantType.PERSON, "Wa Ode", null, null, null, null,
                "+6281234567890", "waode@contoh.id", null), 1L, 2026, "token", Actor.applicant(), T0);
    }

    /** The way to reach each status from a fresh online request, through legal moves only. */
    static ConsultationRequest in(RequestStatus status) {
        ConsultationRequest r = online();
        List<Consumer<ConsultationRequest>> path = new ArrayList<>();
        switch (status) {
            case SUBMITTED -> { }
            case INCOMPLETE -> path.add(x -> x.markIncomplete("KTP buram", STAFF, T0));
            case RECEIVED -> path.add(REGISTER);
            case DISPOSED -> path.addAll(List.of(REGISTER, DISPOSE));
            case ASSIGNED -> path.addAll(List.of(REGISTER, ASSIGN));
            case SCHEDULED -> path.addAll(List.of(REGISTER, ASSIGN, SCHEDULE));
            case HELD -> path.addAll(List.of(REGISTER, ASSIGN, SCHEDULE, HOLD));
            case REPORTED -> path.addAll(List.of(REGISTER, ASSIGN, SCHEDULE, HOLD, REPORT));
            case CLOSED -> path.addAll(List.of(REGISTER, ASSIGN, SCHEDULE, HOLD, REPORT, CLOSE));
            case REJECTED -> path.addAll(List.of(REGISTER, REJECT));
            case CANCELLED -> path.add(CANCEL);
            case NO_SHOW -> path.addAll(List.of(REGISTER, ASSIGN, SCHEDULE, NO_SHOW));
        }
        path.forEach(step -> step.accept(r));
        assertThat(r.getStatus()).isEqualTo(status);
        return r;
    }

    static final Consumer<ConsultationRequest> REGISTER = r -> r.register("0001/BTN/2026", STAFF, T0);
    static final Consumer<ConsultationRequest> DISPOSE = r -> r.disposeToDivision(3L, STAFF, T0, null, "segera");
    static final Consumer<ConsultationRequest> ASSIGN = r -> r.assign(3L, List.of(7L), STAFF, T0, null, null);
    static final Consumer<ConsultationRequest> SCHEDULE = r -> r.schedule(STAFF, T0, "Senin 09:00", null);
    static final Consumer<ConsultationRequest> HOLD = r -> r.markHeld(STAFF, T0, null);
    static final Consumer<ConsultationRequest> REPORT = r -> r.fileReport(STAFF, T0, null);
    static final Consumer<ConsultationRequest> RETURN = r -> r.returnReport(STAFF, T0, "lengkapi rekomendasi");
    static final Consumer<ConsultationRequest> CLOSE = r -> r.close(STAFF, T0, null);
    static final Consumer<ConsultationRequest> REJECT = r -> r.reject("di luar kewenangan", STAFF, T0);
    static final Consumer<ConsultationRequest> CANCEL = r -> r.cancel("tidak jadi", Actor.applicant(), T0);
    static final Consumer<ConsultationRequest> NO_SHOW = r -> r.markNoShow(STAFF, T0, null);
    static final Consumer<ConsultationRequest> INCOMPLETE = r -> r.markIncomplete("surat belum ditandatangani", STAFF, T0);

    /** every move the aggregate offers, with the status it leads to */
    static final Map<String, Move> MOVES = new LinkedHashMap<>();

    record Move(RequestStatus to, Consumer<ConsultationRequest> action, Set<RequestStatus> notFrom) {

        Move(RequestStatus to, Consumer<ConsultationRequest> action) {
            this(to, action, Set.of());
        }

        boolean legalFrom(RequestStatus from) {
            return from.canMoveTo(to) && !notFrom.contains(from);
        }
    }

    static {
        MOVES.put("register", new Move(RequestStatus.RECEIVED, REGISTER));
        MOVES.put("markIncomplete", new Move(RequestStatus.INCOMPLETE, INCOMPLETE));
        MOVES.put("disposeToDivision", new Move(RequestStatus.DISPOSED, DISPOSE));
        MOVES.put("assign", new Move(RequestStatus.ASSIGNED, ASSIGN));
        MOVES.put("schedule", new Move(RequestStatus.SCHEDULED, SCHEDULE));
        // a filed report returns to the officer only through returnReport
        MOVES.put("markHeld", new Move(RequestStatus.HELD, HOLD, Set.of(RequestStatus.REPORTED)));
        MOVES.put("markNoShow", new Move(RequestStatus.NO_SHOW, NO_SHOW));
        MOVES.put("fileReport", new Move(RequestStatus.REPORTED, REPORT));
        MOVES.put("returnReport", new Move(RequestStatus.HELD, RETURN));
        MOVES.put("close", new Move(RequestStatus.CLOSED, CLOSE));
        MOVES.put("reject", new Move(RequestStatus.REJECTED, REJECT));
        MOVES.put("cancel", new Move(RequestStatus.CANCELLED, CANCEL));
    }

    @Test
    void everyLegalMoveWorksAndEveryIllegalOneIsRefusedAndChangesNothing() {
        Map<RequestStatus, List<String>> allowed = new EnumMap<>(RequestStatus.class);
        for (RequestStatus from : RequestStatus.values()) {
            for (var move : MOVES.entrySet()) {
                ConsultationRequest r = in(from);
                int historyBefore = r.getHistory().size();
                if (move.getValue().legalFrom(from)) {
                    move.getValue().action().accept(r);
                    assertThat(r.getStatus()).as(from + " " + move.getKey()).isEqualTo(move.getValue().to());
                    assertThat(r.getHistory()).hasSize(historyBefore + 1);
                    HistoryEntry last = r.getHistory().get(historyBefore);
                    assertThat(last.getFromStatus()).isEqualTo(from);
                    assertThat(last.getToStatus()).isEqualTo(move.getValue().to());
                    allowed.computeIfAbsent(from, s -> new ArrayList<>()).add(move.getKey());
                } else {
                    assertThatThrownBy(() -> move.getValue().action().accept(r)).as(from + " " + move.getKey())
                            .isInstanceOf(IllegalTransitionException.class);
                    assertThat(r.getStatus()).isEqualTo(from);
                    assertThat(r.getHistory()).hasSize(historyBefore);
                }
            }
        }
        // the rules the office would notice
        assertThat(allowed.get(RequestStatus.SUBMITTED)).containsExactlyInAnyOrder("register", "markIncomplete",
                "reject", "cancel");
        assertThat(allowed.get(RequestStatus.RECEIVED)).contains("disposeToDivision", "assign").doesNotContain("schedule");
        assertThat(allowed.get(RequestStatus.SCHEDULED)).contains("schedule", "markHeld", "markNoShow", "cancel");
        assertThat(allowed.get(RequestStatus.HELD)).containsExactly("fileReport");
        assertThat(allowed.get(RequestStatus.REPORTED)).containsExactlyInAnyOrder("returnReport", "close");
        for (RequestStatus terminal : Set.of(RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED,
                RequestStatus.NO_SHOW)) {
            assertThat(allowed.get(terminal)).as(terminal + " is final").isNull();
        }
    }

    @Test
    void theApplicantCanCancelOnlyUntilTheConsultationIsHeld() {
        assertThat(in(RequestStatus.SCHEDULED).getStatus().isCancellable()).isTrue();
        assertThat(in(RequestStatus.HELD).getStatus().isCancellable()).isFalse();
        assertThat(in(RequestStatus.CLOSED).getStatus().isCancellable()).isFalse();
    }

    @Test
    void anIncompleteFileStopsTheClockAndCompletingItRestartsItWhereItWas() {
        ConsultationRequest r = in(RequestStatus.RECEIVED);
        r.fileCompleted(T0, new Deadlines(T0.plusSeconds(86_400), T0.plusSeconds(3 * 86_400)));
        r.markIncomplete("surat permohonan belum ada", STAFF, T0.plusSeconds(60));
        assertThat(r.getAnswerDueAt()).isNull();
        assertThat(r.getConsultationDueAt()).isNull();
        assertThat(r.getIncompleteReason()).isEqualTo("surat permohonan belum ada");
        Instant later = T0.plusSeconds(7 * 86_400);
        r.completeFile(Actor.applicant(), later, new Deadlines(later.plusSeconds(86_400), null), "surat.pdf");
        assertThat(r.getStatus()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(r.getFileCompleteAt()).isEqualTo(later);
        assertThat(r.getAnswerDueAt()).isEqualTo(later.plusSeconds(86_400));
        assertThat(r.getIncompleteReason()).isNull();
    }

    @Test
    void aFinishedRequestKnowsWhenItEndedAndAssignmentNeedsAnOfficer() {
        ConsultationRequest closed = in(RequestStatus.CLOSED);
        assertThat(closed.getClosedAt()).isEqualTo(T0);
        ConsultationRequest received = in(RequestStatus.RECEIVED);
        assertThatThrownBy(() -> received.assign(null, List.of(), STAFF, T0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(received.getStatus()).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void aNoteAddsHistoryWithoutChangingTheStatus() {
        ConsultationRequest r = in(RequestStatus.SCHEDULED);
        r.note(STAFF, T0, "Pemohon datang dan menunggu di ruang tamu", null);
        HistoryEntry last = r.getHistory().get(r.getHistory().size() - 1);
        assertThat(last.isStatusChange()).isFalse();
        assertThat(r.getStatus()).isEqualTo(RequestStatus.SCHEDULED);
    }
}
