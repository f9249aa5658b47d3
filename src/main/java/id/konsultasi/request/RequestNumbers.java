package id.konsultasi.request;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly sequences per office for receipt numbers (tanda terima), agenda numbers (nomor agenda) and the
 * office's outgoing letters. The counter row is locked by the increment until the caller's transaction ends,
 * so concurrent callers queue for it, and a rolled-back transaction gives its number back: no gaps, no
 * duplicates.
 * <p>
 * So that the queue is short, a number is the last thing a transaction takes: everything the transaction
 * changed until then is written first (a scan, the request, its history), and only the number, the row that
 * holds it and the commit follow the increment. Callers ask for it last.
 */
@Component
public class RequestNumbers {

    static final String RECEIPT = "RECEIPT";
    static final String AGENDA = "AGENDA";
    static final String LETTER = "LETTER";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    RequestNumbers(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * Numbers a request just opened: its receipt number, e.g. {@code KONS/BTN/2026/000123}, and, for one
     * registered at once (walk-in, letter), its agenda number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void numberNew(ConsultationRequest request, String prefix) {
        int year = request.getReceiptYear();
        String receipt = "KONS/%s/%d/%06d".formatted(prefix, year, next(request.getOfficeId(), RECEIPT, year));
        String agenda = request.getChannel() == Channel.ONLINE ? null
                : agendaNumber(prefix, year, next(request.getOfficeId(), AGENDA, year));
        request.numbered(receipt, agenda);
    }

    /** Gives a request just registered by the secretariat its agenda number, e.g. {@code 0042/BTN/2026}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void numberRegistered(ConsultationRequest request, String prefix, int year) {
        request.numbered(null, agendaNumber(prefix, year, next(request.getOfficeId(), AGENDA, year)));
    }

    /**
     * The office's outgoing letters (surat jawaban, surat penolakan, closing letter), e.g. {@code 0007/SJ/BTN/2026}:
     * the last thing the caller's transaction does before it stores the number and commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextLetterNumber(long officeId, String prefix, int year) {
        return "%04d/SJ/%s/%d".formatted(next(officeId, LETTER, year), prefix, year);
    }

    public static int yearOf(Instant at, ZoneId zone) {
        return at.atZone(zone).getYear();
    }

    private static String agendaNumber(String prefix, int year, long value) {
        return "%04d/%s/%d".formatted(value, prefix, year);
    }

    private long next(long officeId, String kind, int year) {
        entityManager.flush(); // what the transaction changed so far is written before the counter is locked
        Long value = jdbc.queryForObject("""
                INSERT INTO request_sequence (office_id, kind, year, last_value) VALUES (?, ?, ?, 1)
                ON CONFLICT (office_id, kind, year) DO UPDATE SET last_value = request_sequence.last_value + 1
                RETURNING last_value""", Long.class, officeId, kind, year);
        return value;
    }
}
