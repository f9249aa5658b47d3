package id.konsultasi.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole days, both included, read in an office's own time zone: the period of a report, a book or an export.
 * It runs from a day to the same or a later day, for at most a year and a day; anything else is refused
 * (never swapped): {@link #problem} names what a page tells its user.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods are refused: a book or a report of more than a year is asked for one year at a time. */
    public static final int MAX_DAYS = 366;
    /** The message keys of a period that cannot be. */
    public static final String REVERSED = "period.reversed";
    public static final String TOO_LONG = "period.tooLong";

    public Period {
        String problem = problem(from, to);
        if (problem != null) {
            throw new IllegalArgumentException(problem + ": " + from + " to " + to);
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The message key of what is wrong with a period from {@code from} to {@code to}, or null when nothing is. */
    public static String problem(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period has a first and a last day");
        }
        if (to.isBefore(from)) {
            return REVERSED;
        }
        return ChronoUnit.DAYS.between(from, to) >= MAX_DAYS ? TOO_LONG : null;
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }
}
