package id.konsultasi.desk.web;

import java.time.LocalDate;

import id.konsultasi.desk.DateRange;

/** The period a book page asks for: today by default, the days in order, at most a year. */
final class Periods {

    private Periods() {
    }

    static DateRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate start = from != null ? from : (to != null ? to : today);
        LocalDate end = to != null ? to : start;
        if (end.isBefore(start)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        LocalDate latest = start.plusDays(DateRange.MAX_DAYS - 1);
        return new DateRange(start, end.isAfter(latest) ? latest : end);
    }
}
