package id.konsultasi.notification;

import java.time.Instant;

/** A line of the outbox list. */
record MailSummary(long id, Long officeId, String kind, String recipient, String subject, MailStatus status,
                          int attempts, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {
}
