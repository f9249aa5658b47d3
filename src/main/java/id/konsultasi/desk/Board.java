package id.konsultasi.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The waiting board of an office at a moment: who waits (the urgent first, then by arrival) and who is
 * in a meeting, each with the time waited against the office's walk-in limit.
 *
 * @param limitMinutes the office's walk-in limit in working minutes, or null when its standard sets none
 */
record Board(ZoneId zone, String zoneAbbreviation, Integer limitMinutes, Instant now, List<Line> waiting,
                   List<Line> inMeeting, List<Expected> expected) {

    /**
     * A guest on the board.
     *
     * @param refusal the reason the head gave when the guest's request was refused (to tell the guest, who is
     *                then not led in), or null
     */
    public record Line(GuestVisit visit, WaitingTime waited, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /** A visitor scheduled in person today who has not arrived yet. */
    public record Expected(long requestId, String receiptNumber, String applicant, Instant at, String room) {
    }
}
