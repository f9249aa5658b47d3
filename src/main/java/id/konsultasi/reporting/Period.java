package id.konsultasi.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** A range of days, both included, read in each office's own time zone. At most a year and a day. */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period is at most " + MAX_DAYS + " days");
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }
}
