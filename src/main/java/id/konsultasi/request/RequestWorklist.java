package id.konsultasi.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.shared.DueCounts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists that dashboards show, and what they count, at a cost that does not grow with the office's
 * requests: a page is read from its position in the order of an index (keyset: urgent walk-ins on top, then
 * the nearest answer letter and consultation deadlines, then the oldest), and the counts come from the tallies
 * that the database keeps in the transaction of every change (V34), plus today's deadlines read from an index.
 * A fixed number of statements whatever the number of requests.
 */
@Component
@Transactional(readOnly = true)
public class RequestWorklist {

    /** A filtered list (channel, urgency, search) is counted up to this many lines; beyond, "more than". */
    static final int COUNT_LIMIT = 1_000;

    private static final String ORDER_KEY = "(NOT r.urgent, COALESCE(r.answer_due_at, 'infinity'),"
            + " COALESCE(r.consultation_due_at, 'infinity'), r.submitted_at, r.id)";
    private static final String ORDER_ASC = " ORDER BY NOT r.urgent, COALESCE(r.answer_due_at, 'infinity'),"
            + " COALESCE(r.consultation_due_at, 'infinity'), r.submitted_at, r.id";
    private static final String ORDER_DESC = " ORDER BY NOT r.urgent DESC, COALESCE(r.answer_due_at, 'infinity') DESC,"
            + " COALESCE(r.consultation_due_at, 'infinity') DESC, r.submitted_at DESC, r.id DESC";
    private static final String CURSOR = "(CAST(:cursorNotUrgent AS boolean), CAST(:cursorAnswer AS timestamptz),"
            + " CAST(:cursorConsultation AS timestamptz), CAST(:cursorSubmitted AS timestamptz), CAST(:cursorId AS bigint))";

    private final EntityManager em;

    RequestWorklist(EntityManager em) {
        this.em = em;
    }

    /** Where a page starts: its number (from 0), and the position it follows or precedes when a link gave one. */
    public record PageRequest(int number, int size, WorklistCursor after, WorklistCursor before) {

        public PageRequest {
            number = Math.max(0, number);
            if (after != null && before != null) {
                before = null;
            }
        }

        public static PageRequest of(int number, int size) {
            return new PageRequest(number, size, null, null);
        }
    }

    /**
     * A page of the list, most urgent first. Its total comes from {@code counts} when the list is a whole
     * status, the open requests or the late ones; a list filtered further is counted up to
     * {@link #COUNT_LIMIT}.
     */
    public WorklistPage<WorklistLine> find(WorklistFilter filter, PageRequest page, WorklistCounts counts) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.receipt_number, r.agenda_number, r.channel, r.status, r.urgent, r.applicant_name,
                       r.institution_name, r.topic, r.preferred_mode, r.submitted_at, r.answer_due_at,
                       r.consultation_due_at, r.assigned_division_id
                FROM consultation_request r""").append(where(filter));
        boolean backwards = page.before() != null;
        WorklistCursor cursor = backwards ? page.before() : page.after();
        if (cursor != null) {
            sql.append(" AND ").append(ORDER_KEY).append(backwards ? " < " : " > ").append(CURSOR);
        }
        sql.append(backwards ? ORDER_DESC : ORDER_ASC).append(" LIMIT ").append(page.size() + 1);
        if (cursor == null && page.number() > 0) {
            sql.append(" OFFSET ").append((long) page.number() * page.size());
        }
        Query rows = em.createNativeQuery(sql.toString());
        bind(rows, filter);
        if (cursor != null) {
            rows.setParameter("cursorNotUrgent", String.valueOf(!cursor.urgent()));
            rows.setParameter("cursorAnswer", timestamp(cursor.answerDueAt()));
            rows.setParameter("cursorConsultation", timestamp(cursor.consultationDueAt()));
            rows.setParameter("cursorSubmitted", timestamp(cursor.submittedAt()));
            rows.setParameter("cursorId", String.valueOf(cursor.id()));
        }
        List<WorklistLine> lines = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            lines.add(line((Object[]) row));
        }
        boolean more = lines.size() > page.size();
        if (more) {
            lines.remove(lines.size() - 1);
        }
        int number = page.number();
        boolean hasPrevious;
        boolean hasNext;
        if (backwards) {
            Collections.reverse(lines);
            hasPrevious = more;
            hasNext = true;
            if (!more) {
                number = 0; // the lines before the position fill no more than the first page
            }
        } else {
            hasPrevious = number > 0;
            hasNext = more;
        }
        long total;
        boolean atLeast = false;
        Long known = total(filter, counts);
        if (known != null) {
            total = known;
        } else {
            Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM consultation_request r"
                    + where(filter) + " LIMIT " + (COUNT_LIMIT + 1) + ") AS matching");
            bind(count, filter);
            total = ((Number) count.getSingleResult()).longValue();
            if (total > COUNT_LIMIT) {
                total = COUNT_LIMIT;
                atLeast = true;
            }
        }
        return new WorklistPage<>(lines, number, page.size(), total, atLeast, hasPrevious, hasNext,
                lines.isEmpty() ? null : WorklistCursor.of(lines.get(0)),
                lines.isEmpty() ? null : WorklistCursor.of(lines.get(lines.size() - 1)));
    }

    /** The total of a list that the tallies know: a whole status (or several), the open or the late requests. */
    private static Long total(WorklistFilter f, WorklistCounts counts) {
        if (counts == null || f.channel() != null || f.urgentOnly() || !f.text().isEmpty()) {
            return null;
        }
        if (f.lateOnly()) {
            return f.statuses().isEmpty() || f.statuses().containsAll(RequestStatus.awaitingConsultation())
                    ? counts.late().requests() : null;
        }
        if (f.statuses().isEmpty()) {
            return counts.perStatus().values().stream().mapToLong(Long::longValue).sum();
        }
        return f.statuses().stream().mapToLong(counts::count).sum();
    }

    /**
     * The requests of the office (or of one division) per status, and what is late at {@code now}: one
     * statement over the tallies, plus today's deadlines up to {@code now} from their indexes.
     */
    public WorklistCounts counts(long officeId, Long divisionId, Instant now) {
        String tallyDivision = divisionId == null ? "" : " AND division_id = :division";
        String requestDivision = divisionId == null ? "" : " AND assigned_division_id = :division";
        String answerPending = " AND status IN " + literal(RequestStatus.awaitingAnswerLetter());
        String consultationPending = " AND status IN " + literal(RequestStatus.awaitingConsultation());
        Query query = em.createNativeQuery(
                "SELECT 'STATUS', status, sum(n) FROM request_status_tally WHERE office_id = :office" + tallyDivision
                + " GROUP BY status"
                + " UNION ALL SELECT deadline, 'BEFORE', sum(n) FROM request_deadline_tally WHERE office_id = :office"
                + tallyDivision + " AND due_on < CAST(:today AS date) GROUP BY deadline"
                + " UNION ALL SELECT 'ANSWER', 'TODAY', count(*) FROM consultation_request WHERE office_id = :office"
                + requestDivision + answerPending
                + " AND answer_due_at >= CAST(:dayStart AS timestamptz) AND answer_due_at < CAST(:now AS timestamptz)"
                + " UNION ALL SELECT 'CONSULTATION', 'TODAY', count(*) FROM consultation_request WHERE office_id = :office"
                + requestDivision + consultationPending + " AND consultation_due_at >= CAST(:dayStart AS timestamptz)"
                + " AND consultation_due_at < CAST(:now AS timestamptz)"
                + " UNION ALL SELECT 'FIRST', 'TODAY', count(*) FROM consultation_request WHERE office_id = :office"
                + requestDivision + consultationPending + " AND " + FIRST_DEADLINE + " >= CAST(:dayStart AS timestamptz)"
                + " AND " + FIRST_DEADLINE + " < CAST(:now AS timestamptz)");
        query.setParameter("office", officeId);
        if (divisionId != null) {
            query.setParameter("division", divisionId);
        }
        Instant dayStart = now.truncatedTo(ChronoUnit.DAYS);
        query.setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
        query.setParameter("dayStart", timestamp(dayStart));
        query.setParameter("now", timestamp(now));
        Map<RequestStatus, Long> perStatus = new EnumMap<>(RequestStatus.class);
        long answers = 0;
        long consultations = 0;
        long requests = 0;
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            String kind = (String) row[0];
            long n = number(row[2]);
            switch (kind) {
                case "STATUS" -> perStatus.merge(RequestStatus.valueOf((String) row[1]), n, Long::sum);
                case "ANSWER" -> answers += n;
                case "CONSULTATION" -> consultations += n;
                case "FIRST" -> requests += n;
                default -> throw new IllegalStateException("unknown tally " + kind);
            }
        }
        return new WorklistCounts(perStatus, new LateCounts(answers, consultations, requests));
    }

    /**
     * The requests of the office (or of one division) in one status, per state of their first pending deadline as
     * the dashboards count it down ({@code disposition.Countdown}): late once it has come, due today until the end of
     * the office's day, else (or without a deadline) on time. One statement, over the index of the status's queue.
     */
    public DueCounts dueCounts(long officeId, Long divisionId, RequestStatus status, DueCounts.Today today) {
        Query query = em.createNativeQuery(DUE_STATES + " FROM (SELECT " + FIRST_DEADLINE
                + " AS due FROM consultation_request WHERE office_id = :office AND status = '" + status.name() + "'"
                + (divisionId == null ? "" : " AND assigned_division_id = :division") + ") AS waiting");
        query.setParameter("office", officeId);
        if (divisionId != null) {
            query.setParameter("division", divisionId);
        }
        return dueCounts(query, today);
    }

    /**
     * What waits for an officer among the requests assigned to them: to schedule, per state of the first pending
     * deadline, and the urgent walk-ins served at once ({@link ConsultationRequest#isServedAtOnce()}), which are not
     * scheduled. One statement.
     */
    public OfficerCounts officerCounts(long staffId, DueCounts.Today today) {
        Query query = em.createNativeQuery(DUE_STATES.replace("WHERE", "WHERE NOT served AND")
                + ", count(*) FILTER (WHERE served) FROM (SELECT " + FIRST_DEADLINE + " AS due, " + SERVED_AT_ONCE
                + " AS served FROM consultation_request r JOIN request_assignee a ON a.request_id = r.id"
                + " WHERE a.staff_id = :staff AND r.status = 'ASSIGNED') AS assigned");
        query.setParameter("staff", staffId);
        query.setParameter("now", timestamp(today.now()));
        query.setParameter("endOfToday", timestamp(today.endOfToday()));
        Object[] row = (Object[]) query.getSingleResult();
        return new OfficerCounts(DueCounts.ofColumns(row[0], row[1], row[2]), number(row[3]));
    }

    /** An officer's assigned requests: to schedule, and the urgent walk-ins served at once. */
    public record OfficerCounts(DueCounts toSchedule, long servedAtOnce) {
    }

    /** An urgent walk-in, served at once rather than scheduled (as {@link ConsultationRequest#isServedAtOnce()}). */
    private static final String SERVED_AT_ONCE = "(r.channel = 'WALK_IN' AND r.urgent)";

    /** Late, due today and on time, of the column {@code due}. */
    private static final String DUE_STATES = "SELECT count(*) FILTER (WHERE due <= CAST(:now AS timestamptz)),"
            + " count(*) FILTER (WHERE due > CAST(:now AS timestamptz) AND due < CAST(:endOfToday AS timestamptz)),"
            + " count(*) FILTER (WHERE (due IS NULL OR due >= CAST(:endOfToday AS timestamptz)))";

    private static DueCounts dueCounts(Query query, DueCounts.Today today) {
        query.setParameter("now", timestamp(today.now()));
        query.setParameter("endOfToday", timestamp(today.endOfToday()));
        Object[] row = (Object[]) query.getSingleResult();
        return DueCounts.ofColumns(row[0], row[1], row[2]);
    }

    /** The first pending deadline of a request, as the index {@code consultation_request_first_pending_idx} has it. */
    private static final String FIRST_DEADLINE = "LEAST(CASE WHEN status IN "
            + literal(RequestStatus.awaitingAnswerLetter()) + " THEN answer_due_at END, consultation_due_at)";

    /**
     * What a search looks in, as the trigram index {@code consultation_request_search_idx} has it: the numbers, the
     * applicant, the institution and the topic, one per line (a search, one line, never spans two).
     */
    private static final String SEARCHED = "lower(r.receipt_number || E'\\n' || COALESCE(r.agenda_number, '')"
            + " || E'\\n' || r.applicant_name || E'\\n' || COALESCE(r.institution_name, '') || E'\\n' || r.topic)";

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * The conditions of a list. Statuses are written as literals (they are the enum's names) so that the planner
     * proves the partial indexes of open requests apply to a generic plan too.
     */
    private static String where(WorklistFilter f) {
        StringBuilder where = new StringBuilder(" WHERE r.office_id = :office");
        if (!f.statuses().isEmpty()) {
            where.append(" AND r.status IN ").append(literal(f.statuses()));
        }
        if (f.lateOnly()) {
            where.append(" AND r.status IN ").append(literal(RequestStatus.awaitingConsultation()))
                    .append(" AND ((r.status IN ").append(literal(RequestStatus.awaitingAnswerLetter()))
                    .append(" AND r.answer_due_at < CAST(:now AS timestamptz))")
                    .append(" OR r.consultation_due_at < CAST(:now AS timestamptz))");
        }
        if (f.divisionId() != null) {
            where.append(" AND r.assigned_division_id = :division");
        }
        if (f.channel() != null) {
            where.append(" AND r.channel = :channel");
        }
        if (f.urgentOnly()) {
            where.append(" AND r.urgent");
        }
        if (!f.text().isEmpty()) {
            where.append(" AND ").append(SEARCHED).append(" LIKE :text ESCAPE '!'");
        }
        return where.toString();
    }

    private static void bind(Query query, WorklistFilter f) {
        query.setParameter("office", f.officeId());
        if (f.divisionId() != null) {
            query.setParameter("division", f.divisionId());
        }
        if (f.channel() != null) {
            query.setParameter("channel", f.channel().name());
        }
        if (f.lateOnly()) {
            query.setParameter("now", timestamp(f.now()));
        }
        if (!f.text().isEmpty()) {
            String pattern = "%" + f.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            query.setParameter("text", pattern.toLowerCase(Locale.ROOT));
        }
    }

    private static String literal(Set<RequestStatus> statuses) {
        return statuses.stream().sorted().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** A moment as PostgreSQL reads it, {@code infinity} for none (a missing deadline sorts last). */
    private static String timestamp(Instant instant) {
        return instant == null ? "infinity" : instant.toString();
    }

    private static WorklistLine line(Object[] row) {
        return new WorklistLine(number(row[0]), (String) row[1], (String) row[2], Channel.valueOf((String) row[3]),
                RequestStatus.valueOf((String) row[4]), (Boolean) row[5], (String) row[6], (String) row[7],
                (String) row[8], row[9] == null ? null : ConsultationMode.valueOf((String) row[9]), instant(row[10]),
                instant(row[11]), instant(row[12]), row[13] == null ? null : number(row[13]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("not a moment: " + value.getClass());
    }
}
