package id.konsultasi.request;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly sequences per office for receipt numbers (tanda terima) and agenda numbers (nomor agenda).
 * The counter row is locked by the increment until the caller's transaction ends, so concurrent
 * requests queue for it, and a rolled-back request gives its number back: no gaps, no duplicates.
 */
@Component
public class RequestNumbers {

    static final String RECEIPT = "RECEIPT";
    static final String AGENDA = "AGENDA";
    static final String LETTER = "LETTER";

    private final JdbcTemplate jdbc;

    RequestNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** e.g. {@code KONS/BTN/2026/000123} */
    @Transactional(propagation = Propagation.MANDATORY)
    String nextReceiptNumber(long officeId, String prefix, int year) {
        return "KONS/%s/%d/%06d".formatted(prefix, year, next(officeId, RECEIPT, year));
    }

    /** e.g. {@code 0042/BTN/2026} */
    @Transactional(propagation = Propagation.MANDATORY)
    String nextAgendaNumber(long officeId, String prefix, int year) {
        return "%04d/%s/%d".formatted(next(officeId, AGENDA, year), prefix, year);
    }

    /** The office's outgoing letters (surat jawaban, surat penolakan), e.g. {@code 0007/SJ/BTN/2026}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextLetterNumber(long officeId, String prefix, int year) {
        return "%04d/SJ/%s/%d".formatted(next(officeId, LETTER, year), prefix, year);
    }

    public static int yearOf(Instant at, ZoneId zone) {
        return at.atZone(zone).getYear();
    }

    private long next(long officeId, String kind, int year) {
        Long value = jdbc.queryForObject("""
                INSERT INTO request_sequence (office_id, kind, year, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (office_id, kind, year) DO UPDATE SET last_value = request_sequence.last_value + 1
                RETURNING last_value""", Long.class, officeId, kind, year);
        return value;
    }
}
