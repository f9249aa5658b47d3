package id.konsultasi.desk;

import java.time.Instant;

import id.konsultasi.office.OfficeCalendar;

/**
 * How long a guest has waited, in working minutes of the office's calendar, from arrival until they were
 * led to the meeting room (or until now while they still wait), against the office's walk-in limit.
 *
 * @param limitMinutes the office's walk-in limit, or null when its standard sets none (then no state)
 */
record WaitingTime(long minutesUsed, Integer limitMinutes, boolean stillWaiting) {

    /** Up to this share of the limit a guest is on time; above it, close; above the whole limit, late. */
    static final int CLOSE_FROM_PERCENT = 75;

    public static WaitingTime of(OfficeCalendar calendar, Instant arrivedAt, Instant servedAt, Instant now,
                                 Integer limitMinutes) {
        Instant end = servedAt != null ? servedAt : now;
        return new WaitingTime(calendar.workingMinutesBetween(arrivedAt, end), limitMinutes, servedAt == null);
    }

    /** Null when the office sets no limit. */
    public WaitState state() {
        if (limitMinutes == null) {
            return null;
        }
        if (minutesUsed * 100 < (long) limitMinutes * CLOSE_FROM_PERCENT) {
            return WaitState.ON_TIME;
        }
        return minutesUsed <= limitMinutes ? WaitState.CLOSE : WaitState.LATE;
    }

    /** Minutes left before the limit, never below zero; null without a limit. */
    public Long minutesRemaining() {
        return limitMinutes == null ? null : Math.max(0, limitMinutes - minutesUsed);
    }

    /** Minutes beyond the limit, zero while within it; null without a limit. */
    public Long minutesOver() {
        return limitMinutes == null ? null : Math.max(0, minutesUsed - limitMinutes);
    }
}
