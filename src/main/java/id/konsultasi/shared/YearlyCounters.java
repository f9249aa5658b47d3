package id.konsultasi.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly sequences of every office, one row per office, kind and year in {@code yearly_counter}: receipt,
 * agenda and letter numbers (request), complaint numbers (feedback). Each module formats its own number from
 * the value. One statement increments (or starts) the row and returns the value; the row stays locked until the
 * caller's transaction ends, so concurrent callers queue for it and a rolled-back transaction gives its number
 * back: no gaps, no duplicates. A number is therefore the last thing a transaction asks for.
 */
@Component
public class YearlyCounters {

    /**
     * The increment, for a caller that writes the value into its own row in the same statement (as a
     * {@code WITH counter AS (...)}); parameters: office id, kind, year; returns {@code last_value}.
     */
    public static final String INCREMENT = """
            INSERT INTO yearly_counter (office_id, kind, year, last_value) VALUES (?, ?, ?, 1)
            ON CONFLICT (office_id, kind, year) DO UPDATE SET last_value = yearly_counter.last_value + 1
            RETURNING last_value""";

    private final JdbcTemplate jdbc;

    YearlyCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next value of the office's {@code kind} in {@code year}: 1 for the first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(long officeId, String kind, int year) {
        return jdbc.queryForObject(INCREMENT, Long.class, officeId, kind, year);
    }
}
