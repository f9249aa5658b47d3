package id.konsultasi.request;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.konsultasi.shared.Labelled;

/**
 * Where a consultation request stands. The legal moves are listed here once; the aggregate refuses
 * every other.
 */
public enum RequestStatus implements Labelled {
    /** sent online, not yet registered by the secretariat */
    SUBMITTED,
    /** the office waits for the applicant to complete the file; the deadline clock waits too */
    INCOMPLETE,
    /** registered (nomor agenda), waiting for the head's disposition */
    RECEIVED,
    /** disposed by the head to a division, waiting for the division head's assignment */
    DISPOSED,
    /** officers assigned, waiting for a schedule */
    ASSIGNED,
    SCHEDULED,
    HELD,
    /** the Laporan Hasil Konsultasi is filed, waiting for the head's acknowledgement */
    REPORTED,
    CLOSED,
    REJECTED,
    CANCELLED,
    NO_SHOW;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.ofEntries(
            Map.entry(SUBMITTED, EnumSet.of(RECEIVED, INCOMPLETE, REJECTED, CANCELLED)),
            Map.entry(INCOMPLETE, EnumSet.of(SUBMITTED, RECEIVED, REJECTED, CANCELLED)),
            Map.entry(RECEIVED, EnumSet.of(DISPOSED, ASSIGNED, INCOMPLETE, REJECTED, CANCELLED)),
            Map.entry(DISPOSED, EnumSet.of(ASSIGNED, CANCELLED)),
            Map.entry(ASSIGNED, EnumSet.of(SCHEDULED, HELD, CANCELLED)),
            Map.entry(SCHEDULED, EnumSet.of(SCHEDULED, HELD, NO_SHOW, CANCELLED)),
            Map.entry(HELD, EnumSet.of(REPORTED)),
            Map.entry(REPORTED, EnumSet.of(HELD, CLOSED)),
            Map.entry(CLOSED, EnumSet.noneOf(RequestStatus.class)),
            Map.entry(REJECTED, EnumSet.noneOf(RequestStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(RequestStatus.class)),
            Map.entry(NO_SHOW, EnumSet.noneOf(RequestStatus.class)));

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<RequestStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /** The answer letter (surat jawaban) has not been sent yet: it goes out with the schedule. */
    public boolean awaitsAnswerLetter() {
        return this == SUBMITTED || this == RECEIVED || this == DISPOSED || this == ASSIGNED;
    }

    /** The consultation has not been held yet. */
    public boolean awaitsConsultation() {
        return awaitsAnswerLetter() || this == SCHEDULED;
    }

    /** The statuses of requests whose answer letter is still to be sent. */
    public static Set<RequestStatus> awaitingAnswerLetter() {
        return statusesWhere(RequestStatus::awaitsAnswerLetter);
    }

    /** The statuses of requests whose consultation is still to be held. */
    public static Set<RequestStatus> awaitingConsultation() {
        return statusesWhere(RequestStatus::awaitsConsultation);
    }

    /** The statuses of requests still under way (not closed, rejected, cancelled or missed). */
    public static Set<RequestStatus> open() {
        return statusesWhere(s -> !s.isTerminal());
    }

    private static Set<RequestStatus> statusesWhere(java.util.function.Predicate<RequestStatus> test) {
        EnumSet<RequestStatus> result = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus s : values()) {
            if (test.test(s)) {
                result.add(s);
            }
        }
        return Set.copyOf(result);
    }

    /** The applicant may cancel until the consultation is held. */
    public boolean isCancellable() {
        return canMoveTo(CANCELLED);
    }

    @Override
    public String labelPrefix() {
        return "requestStatus";
    }

    /** The same status in words fit for the applicant. */
    public String publicLabelKey() {
        return "requestStatus.public." + name();
    }
}
