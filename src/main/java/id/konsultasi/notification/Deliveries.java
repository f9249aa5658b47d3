package id.konsultasi.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was sent to a request's applicant through this module, for the request's page: its mails and its WhatsApp
 * messages of the Cloud API, with their state. One statement, however many.
 */
@Service
@Transactional(readOnly = true)
public class Deliveries {

    @PersistenceContext
    private EntityManager entities;

    /**
     * One message to the applicant.
     *
     * @param kind     the message kind ({@code RECEIPT}...)
     * @param whatsApp sent through the WhatsApp Cloud API; else an e-mail
     * @param status   pending, sent or failed
     * @param sentAt   when it was sent, or null
     */
    public record Delivery(String kind, boolean whatsApp, MailStatus status, Instant sentAt) {
    }

    /** The mails and WhatsApp messages about a request, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Delivery> ofRequest(long requestId) {
        List<Object[]> rows = entities.createNativeQuery("""
                select kind, false, status, sent_at, created_at, id from outbox_mail where request_id = :id
                union all
                select kind, true, status, sent_at, created_at, id from whatsapp_outbox where request_id = :id
                order by 5, 6""").setParameter("id", requestId).getResultList();
        return rows.stream().map(row -> new Delivery((String) row[0], (Boolean) row[1],
                MailStatus.valueOf((String) row[2]), instant(row[3]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("a time as " + value.getClass());
    }
}
