package id.konsultasi.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How many items of a work list stand on time, fall due today or are late, each module judging its own items by its
 * own deadline rule (the request's pending deadlines, the report's, the complaint's, the walk-in limit). Items without
 * a deadline count as on time.
 */
public record DueCounts(long onTime, long dueToday, long late) {

    public static final DueCounts NONE = new DueCounts(0, 0, 0);

    public long total() {
        return onTime + dueToday + late;
    }

    public DueCounts plus(DueCounts other) {
        return new DueCounts(onTime + other.onTime, dueToday + other.dueToday, late + other.late);
    }

    /** Items that all fall due today (today's consultations). */
    public static DueCounts allToday(long count) {
        return new DueCounts(0, count, 0);
    }

    /** From the three columns of a count statement: late, due today, on time. */
    public static DueCounts ofColumns(Object late, Object dueToday, Object onTime) {
        return new DueCounts(number(onTime), number(dueToday), number(late));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The moments a count is judged at: now, and the end of the office's day (midnight in its time zone). A deadline
     * before the end of the day that has not passed falls due today.
     */
    public record Today(Instant now, Instant endOfToday) {

        public static Today of(Clock clock, ZoneId zone) {
            Instant now = clock.instant();
            return new Today(now, LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant());
        }
    }
}
