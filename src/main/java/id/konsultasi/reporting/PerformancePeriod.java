package id.konsultasi.reporting;

import java.time.LocalDate;
import java.util.Comparator;

import id.konsultasi.shared.Period;

/**
 * A period of the public performance page: a quarter of a year, or the whole year ({@code quarter} null).
 */
public record PerformancePeriod(int year, Integer quarter) {

    public static final int FIRST_YEAR = 1970;
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Newest year first; within a year the whole year, then its quarters from the last. */
    public static final Comparator<PerformancePeriod> NEWEST_FIRST = Comparator
            .comparingInt(PerformancePeriod::year).reversed()
            .thenComparing(p -> p.quarter() == null ? 5 : p.quarter(), Comparator.reverseOrder());

    public PerformancePeriod {
        if (year < FIRST_YEAR || year > 9999) {
            throw new IllegalArgumentException("a year from 1970, not " + year);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
    }

    public boolean wholeYear() {
        return quarter == null;
    }

    public LocalDate first() {
        return wholeYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
    }

    public LocalDate last() {
        LocalDate start = first();
        return wholeYear() ? start.withDayOfYear(start.lengthOfYear()) : start.plusMonths(3).minusDays(1);
    }

    public Period period() {
        return new Period(first(), last());
    }

    /** An HTML id: {@code 2026-3} or {@code 2026}. */
    public String id() {
        return wholeYear() ? String.valueOf(year) : year + "-" + quarter;
    }

    /** The message key of its name; its arguments are {@link #labelArguments()}. */
    public String labelKey() {
        return wholeYear() ? "performance.period.year" : "performance.period.quarter";
    }

    /** The quarter's number, the year, the quarter in Roman numerals (as strings: a year is not 2.026). */
    public Object[] labelArguments() {
        return new Object[]{quarter == null ? "" : String.valueOf(quarter), String.valueOf(year),
                quarter == null ? "" : ROMAN[quarter - 1]};
    }
}
