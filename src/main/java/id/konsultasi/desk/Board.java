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
    public record Line(GuestVisit visit, WaitingTime waited, String refusal, Decision decision) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Where the head's decision on a waiting walk-in's request stands, for the desk to tell the guest.
     *
     * @param stage   {@code waitingHead}, {@code waitingDivision} or {@code accepted} (the message key's last part)
     * @param who     the division whose head assigns, or the officers the guest is led to
     * @param room    the meeting room of the consultation, once scheduled, or null
     * @param since   when the request came in
     * @param minutes how long it has waited since, in minutes
     */
    public record Decision(String stage, String who, String room, Instant since, long minutes) {
    }

    /** A visitor scheduled in person today who has not arrived yet. */
    public record Expected(long requestId, String receiptNumber, String applicant, Instant at, String room) {
    }
}
