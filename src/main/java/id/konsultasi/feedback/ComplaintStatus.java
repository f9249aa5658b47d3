package id.konsultasi.feedback;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.konsultasi.shared.Labelled;

/** Where a complaint stands. The legal moves are listed here once; the aggregate refuses every other. */
public enum ComplaintStatus implements Labelled {
    /** filed or recorded, nobody works on it yet; the answer deadline runs */
    RECEIVED,
    /** the office looks into it */
    IN_PROGRESS,
    /** the answer is written and sent to the complainant */
    ANSWERED,
    /** nothing more to do */
    CLOSED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(IN_PROGRESS, ANSWERED),
            IN_PROGRESS, EnumSet.of(ANSWERED),
            ANSWERED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ComplaintStatus.class));

    public boolean canMoveTo(ComplaintStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still waiting for its answer: the deadline matters. */
    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }

    @Override
    public String labelPrefix() {
        return "complaintStatus";
    }

    /** The same status in words fit for the complainant. */
    public String publicLabelKey() {
        return "complaintStatus.public." + name();
    }
}
