package id.konsultasi.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMails extends JpaRepository<OutboxMail, Long> {

    /**
     * Locks up to {@code limit} due mails, oldest due first, until the transaction ends. Rows another
     * transaction has locked are skipped, so two senders never take the same mail.
     */
    @Query(value = """
            select * from outbox_mail
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxMail> claimDue(Instant now, int limit);

    Optional<OutboxMail> findByIdAndOfficeId(long id, long officeId);

    /** Newest first; {@code officeId} and {@code status} null mean all. */
    @Query(value = """
            select new id.konsultasi.notification.MailSummary(m.id, m.officeId, m.kind, m.recipient, m.subject,
                   m.status, m.attempts, m.nextAttemptAt, m.createdAt, m.sentAt)
            from OutboxMail m
            where (:officeId is null or m.officeId = :officeId)
              and (:status is null or m.status = :status)
            order by m.createdAt desc, m.id desc""",
            countQuery = """
            select count(m) from OutboxMail m
            where (:officeId is null or m.officeId = :officeId)
              and (:status is null or m.status = :status)""")
    Page<MailSummary> search(Long officeId, MailStatus status, Pageable pageable);
}
