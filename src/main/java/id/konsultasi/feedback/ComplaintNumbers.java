package id.konsultasi.feedback;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly complaint numbers per office, like the receipt numbers: the counter row stays locked by the
 * increment until the caller's transaction ends, so concurrent complaints queue for it and a
 * rolled-back complaint gives its number back. No gaps, no duplicates.
 */
@Component
class ComplaintNumbers {

    static final String COMPLAINT = "COMPLAINT";

    private final JdbcTemplate jdbc;

    ComplaintNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** e.g. {@code ADU/BTN/2026/0007} */
    @Transactional(propagation = Propagation.MANDATORY)
    String next(long officeId, String prefix, int year) {
        Long value = jdbc.queryForObject("""
                INSERT INTO feedback_sequence (office_id, kind, year, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (office_id, kind, year) DO UPDATE SET last_value = feedback_sequence.last_value + 1
                RETURNING last_value""", Long.class, officeId, COMPLAINT, year);
        return "ADU/%s/%d/%04d".formatted(prefix, year, value);
    }
}
