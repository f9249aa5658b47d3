package id.konsultasi.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whole days, both included, in an office's time zone: the period of a book or an export. */
public record DateRange(LocalDate from, LocalDate to) {

    /** Longer periods are refused: a book of more than a year is exported one year at a time. */
    public static final int MAX_DAYS = 366;

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a range runs from a day to the same or a later day");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days");
        }
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the range. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }
}
