package id.konsultasi.request;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists that dashboards show, paginated and counted in the database: a fixed number of queries
 * whatever the number of requests. Most urgent first: urgent walk-ins on top, then the nearest answer
 * letter and consultation deadlines, then the oldest. The indexes of {@code V32} follow this order.
 */
@Component
@Transactional(readOnly = true)
public class RequestWorklist {

    private static final String ORDER = " order by r.urgent desc, r.answerDueAt asc nulls last,"
            + " r.consultationDueAt asc nulls last, r.submittedAt asc, r.id asc";

    private final EntityManager em;

    RequestWorklist(EntityManager em) {
        this.em = em;
    }

    public Page<WorklistLine> find(WorklistFilter filter, Pageable pageable) {
        String where = where(filter);
        TypedQuery<WorklistLine> rows = em.createQuery("""
                select new id.konsultasi.request.WorklistLine(r.id, r.receiptNumber, r.agendaNumber, r.channel,
                    r.status, r.urgent, r.applicant.name, r.applicant.institution, r.topic, r.preferredMode,
                    r.submittedAt, r.answerDueAt, r.consultationDueAt, r.assignedDivisionId)
                from ConsultationRequest r""" + where + ORDER, WorklistLine.class);
        bind(rows, filter);
        rows.setFirstResult((int) pageable.getOffset());
        rows.setMaxResults(pageable.getPageSize());
        List<WorklistLine> content = rows.getResultList();
        TypedQuery<Long> count = em.createQuery("select count(*) from ConsultationRequest r" + where, Long.class);
        bind(count, filter);
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    /** Requests of the office (or of one division) per status, every status present. */
    public Map<RequestStatus, Long> countByStatus(long officeId, Long divisionId) {
        TypedQuery<Tuple> query = em.createQuery("select r.status, count(*) from ConsultationRequest r"
                + " where r.officeId = :office" + (divisionId == null ? "" : " and r.assignedDivisionId = :division")
                + " group by r.status", Tuple.class);
        query.setParameter("office", officeId);
        if (divisionId != null) {
            query.setParameter("division", divisionId);
        }
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            counts.put(status, 0L);
        }
        for (Tuple row : query.getResultList()) {
            counts.put(row.get(0, RequestStatus.class), row.get(1, Long.class));
        }
        return counts;
    }

    /** What is overdue at the given moment, in the office or in one division. */
    public LateCounts lateCounts(long officeId, Long divisionId, java.time.Instant now) {
        TypedQuery<Tuple> query = em.createQuery("""
                select sum(case when r.status in :answerPending and r.answerDueAt < :now then 1 else 0 end),
                       sum(case when r.consultationDueAt < :now then 1 else 0 end),
                       count(*)
                from ConsultationRequest r
                where r.officeId = :office and r.status in :consultationPending
                  and (r.answerDueAt < :now or r.consultationDueAt < :now)""" + (divisionId == null ? ""
                : " and r.assignedDivisionId = :division"), Tuple.class);
        query.setParameter("office", officeId);
        query.setParameter("now", now);
        query.setParameter("answerPending", RequestStatus.awaitingAnswerLetter());
        query.setParameter("consultationPending", RequestStatus.awaitingConsultation());
        if (divisionId != null) {
            query.setParameter("division", divisionId);
        }
        Tuple row = query.getSingleResult();
        return new LateCounts(number(row.get(0)), number(row.get(1)), number(row.get(2)));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String where(WorklistFilter f) {
        StringBuilder where = new StringBuilder(" where r.officeId = :office");
        if (!f.statuses().isEmpty()) {
            where.append(" and r.status in :statuses");
        }
        if (f.divisionId() != null) {
            where.append(" and r.assignedDivisionId = :division");
        }
        if (f.channel() != null) {
            where.append(" and r.channel = :channel");
        }
        if (f.urgentOnly()) {
            where.append(" and r.urgent = true");
        }
        if (f.lateOnly()) {
            where.append(" and r.status in :consultationPending and ((r.status in :answerPending and r.answerDueAt < :now)"
                    + " or r.consultationDueAt < :now)");
        }
        if (!f.text().isEmpty()) {
            where.append(" and (upper(r.receiptNumber) like :upperText escape '!'"
                    + " or upper(r.agendaNumber) like :upperText escape '!'"
                    + " or lower(r.applicant.name) like :lowerText escape '!'"
                    + " or lower(r.applicant.institution) like :lowerText escape '!'"
                    + " or lower(r.topic) like :lowerText escape '!')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, WorklistFilter f) {
        query.setParameter("office", f.officeId());
        if (!f.statuses().isEmpty()) {
            query.setParameter("statuses", f.statuses());
        }
        if (f.divisionId() != null) {
            query.setParameter("division", f.divisionId());
        }
        if (f.channel() != null) {
            query.setParameter("channel", f.channel());
        }
        if (f.lateOnly()) {
            query.setParameter("now", f.now());
            query.setParameter("answerPending", RequestStatus.awaitingAnswerLetter());
            query.setParameter("consultationPending", RequestStatus.awaitingConsultation());
        }
        if (!f.text().isEmpty()) {
            String pattern = "%" + f.text().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            query.setParameter("upperText", pattern.toUpperCase(java.util.Locale.ROOT));
            query.setParameter("lowerText", pattern.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
