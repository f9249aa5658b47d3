package id.konsultasi.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.konsultasi.consultation.HeldConsultation;
import id.konsultasi.desk.WalkInVisit;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.SubmittedRequest;

/**
 * Whether the office met its limits in a period: the answer letters, the consultations, the walk-ins and the
 * reports, each as a {@link Share}, with the median times (in the office's working time) and the late items.
 */
final class Timeliness {

    enum Outcome { ON_TIME, LATE, OVERDUE, PENDING }

    Share answerLetters = new Share(0, 0, 0);
    Share consultations = new Share(0, 0, 0);
    Share reports = new Share(0, 0, 0);
    Share walkIns = new Share(0, 0, 0);
    final List<Double> answerHours = new ArrayList<>();
    final List<Double> consultationDays = new ArrayList<>();
    final List<Double> walkInWaits = new ArrayList<>();
    private final List<LateItem> late = new ArrayList<>();

    private final OfficeCalendar calendar;
    private final Instant now;
    private final double minutesPerDay;

    Timeliness(OfficeCalendar calendar, Instant now) {
        this.calendar = calendar;
        this.now = now;
        this.minutesPerDay = Duration.between(calendar.opening(), calendar.closing()).toMinutes();
    }

    /**
     * One request: its answer (the first answer letter or the refusal, whichever came first), its consultation
     * and the consultation's report when it was held (else null).
     */
    void add(ReportedRequest reported, HeldConsultation held) {
        SubmittedRequest request = reported.request();
        Instant letter = reported.appointments() == null ? null : reported.appointments().firstLetterIssuedAt();
        Instant rejected = request.rejectedAt();
        Instant answered = letter == null ? rejected : rejected == null ? letter : letter.isBefore(rejected) ? letter : rejected;
        Instant heldAt = held == null ? null : held.actualStart();
        RequestStatus status = request.status();
        if (request.answerDueAt() != null && (answered != null || status != RequestStatus.CANCELLED)) {
            answerLetters = add(answerLetters, outcome(answered, request.answerDueAt(), now),
                    LateItem.Kind.ANSWER_LETTER, request, request.answerDueAt(), answered);
        }
        if (answered != null) {
            answerHours.add(calendar.workingMinutesBetween(request.startedAt(), answered) / 60.0);
        }
        boolean officeCould = status != RequestStatus.CANCELLED && status != RequestStatus.REJECTED
                && status != RequestStatus.NO_SHOW;
        if (request.consultationDueAt() != null && (heldAt != null || officeCould)) {
            consultations = add(consultations, outcome(heldAt, request.consultationDueAt(), now),
                    LateItem.Kind.CONSULTATION, request, request.consultationDueAt(), heldAt);
        }
        if (held != null) {
            consultationDays.add(calendar.workingMinutesBetween(request.startedAt(), heldAt) / minutesPerDay);
            Outcome o = switch (held.reportOutcome()) {
                case ON_TIME -> Outcome.ON_TIME;
                case FILED_LATE -> Outcome.LATE;
                case OVERDUE -> Outcome.OVERDUE;
                case PENDING -> Outcome.PENDING;
            };
            reports = add(reports, o, LateItem.Kind.REPORT, request, held.reportDueAt(), held.reportFiledAt());
        }
    }

    /** One walk-in, who was to be led to an officer within {@code limit} working minutes of arriving. */
    void add(WalkInVisit visit, int limit) {
        Instant due = calendar.workingMinutesAfter(visit.arrivedAt(), limit).toInstant();
        Outcome o;
        if (visit.servedAt() != null) {
            long waited = calendar.workingMinutesBetween(visit.arrivedAt(), visit.servedAt());
            walkInWaits.add((double) waited);
            o = waited <= limit ? Outcome.ON_TIME : Outcome.LATE;
        } else {
            o = due.isBefore(now) ? Outcome.OVERDUE : Outcome.PENDING;
        }
        walkIns = add(walkIns, o);
        if (o == Outcome.LATE || o == Outcome.OVERDUE) {
            late.add(new LateItem(LateItem.Kind.WALK_IN, visit.requestId(), visit.receiptNumber(), visit.guestName(),
                    due, visit.servedAt()));
        }
    }

    /** The late items, earliest due first, at most {@code max}. */
    List<LateItem> late(int max) {
        List<LateItem> sorted = new ArrayList<>(late);
        sorted.sort(Comparator.comparing(LateItem::due));
        return sorted.size() > max ? List.copyOf(sorted.subList(0, max)) : List.copyOf(sorted);
    }

    private Share add(Share share, Outcome outcome, LateItem.Kind kind, SubmittedRequest request, Instant due,
                      Instant done) {
        if (outcome == Outcome.LATE || outcome == Outcome.OVERDUE) {
            late.add(new LateItem(kind, request.id(), request.receiptNumber(), request.applicantName(), due, done));
        }
        return add(share, outcome);
    }

    static Outcome outcome(Instant done, Instant due, Instant now) {
        if (done != null) {
            return done.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return due.isBefore(now) ? Outcome.OVERDUE : Outcome.PENDING;
    }

    static Share add(Share share, Outcome outcome) {
        return switch (outcome) {
            case ON_TIME -> new Share(share.onTime() + 1, share.late(), share.overdue());
            case LATE -> new Share(share.onTime(), share.late() + 1, share.overdue());
            case OVERDUE -> new Share(share.onTime(), share.late(), share.overdue() + 1);
            case PENDING -> share;
        };
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
