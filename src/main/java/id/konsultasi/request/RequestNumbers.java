package id.konsultasi.request;

import java.time.Instant;
import java.time.ZoneId;

import id.konsultasi.shared.YearlyCounters;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request module's numbers, on the office's yearly counters ({@link YearlyCounters}): receipt numbers (tanda
 * terima), agenda numbers (nomor agenda) and the office's outgoing letters. The counter row is locked by the
 * increment until the caller's transaction ends, so concurrent callers queue for it, and a rolled-back
 * transaction gives its number back: no gaps, no duplicates.
 * <p>
 * So that the queue is short, a number is the last thing a transaction takes: everything the transaction
 * changed until then is written first (a scan, the request, its history, its events), then one statement
 * increments the counter and writes the number into the request, and the commit follows. Callers ask last.
 */
@Component
public class RequestNumbers {

    static final String RECEIPT = "RECEIPT";
    static final String AGENDA = "AGENDA";
    static final String LETTER = "LETTER";

    private final JdbcTemplate jdbc;
    private final YearlyCounters counters;
    private final EntityManager entityManager;

    RequestNumbers(JdbcTemplate jdbc, YearlyCounters counters, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.entityManager = entityManager;
    }

    /**
     * Numbers a request just opened: its receipt number, e.g. {@code KONS/BTN/2026/000123}, and, for one
     * registered at once (walk-in, letter), its agenda number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void numberNew(ConsultationRequest request, String prefix) {
        int year = request.getReceiptYear();
        String receipt = number(request, RECEIPT, year, "receipt_number", "KONS/%s/%d/".formatted(prefix, year), 6, "");
        String agenda = request.getChannel() == Channel.ONLINE ? null
                : number(request, AGENDA, year, "agenda_number", "", 4, "/%s/%d".formatted(prefix, year));
        accept(request, receipt, agenda);
    }

    /** Gives a request just registered by the secretariat its agenda number, e.g. {@code 0042/BTN/2026}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void numberRegistered(ConsultationRequest request, String prefix, int year) {
        accept(request, null, number(request, AGENDA, year, "agenda_number", "", 4, "/%s/%d".formatted(prefix, year)));
    }

    /**
     * The office's outgoing letters (surat jawaban, surat penolakan, closing letter), e.g. {@code 0007/SJ/BTN/2026}:
     * the last thing the caller's transaction does before it stores the number and commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextLetterNumber(long officeId, String prefix, int year) {
        entityManager.flush(); // what the transaction changed so far is written before the counter is locked
        long value = counters.next(officeId, LETTER, year);
        return "%04d/SJ/%s/%d".formatted(value, prefix, year);
    }

    /**
     * The next number of the office's agenda book, e.g. {@code 0043/BBL/2026}, for something other than a request that
     * the office registers in the same book (a complaint, where the office's standard says so): one sequence
     * with the letters. The last thing the caller's transaction does before it stores the number and commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextAgendaNumber(long officeId, String prefix, int year) {
        entityManager.flush(); // what the transaction changed so far is written before the counter is locked
        return "%04d/%s/%d".formatted(counters.next(officeId, AGENDA, year), prefix, year);
    }

    public static int yearOf(Instant at, ZoneId zone) {
        return at.atZone(zone).getYear();
    }

    /**
     * Increments the office's counter and writes the number, {@code before} + the value with at least
     * {@code digits} digits + {@code after}, into the request's column: one statement, after everything else the
     * transaction changed was written.
     */
    private String number(ConsultationRequest request, String kind, int year, String column, String before,
                          int digits, String after) {
        entityManager.flush();
        return jdbc.queryForObject("""
                WITH counter AS (%s)
                UPDATE consultation_request SET %s = ? || lpad(counter.last_value::text,
                        greatest(?, length(counter.last_value::text)), '0') || ?
                FROM counter WHERE id = ? RETURNING %s""".formatted(YearlyCounters.INCREMENT, column, column), String.class,
                request.getOfficeId(), kind, year, before, digits, after, request.getId());
    }

    /**
     * The row holds the numbers already: the entity takes them as what it has loaded, so that the commit writes
     * nothing more (a read-only entity made modifiable again takes its current state as loaded).
     */
    private void accept(ConsultationRequest request, String receipt, String agenda) {
        Session session = entityManager.unwrap(Session.class);
        session.setReadOnly(request, true);
        request.numbered(receipt, agenda);
        session.setReadOnly(request, false);
    }
}
