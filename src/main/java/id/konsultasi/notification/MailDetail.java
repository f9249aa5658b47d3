package id.konsultasi.notification;

import java.time.Instant;
import java.util.List;

/** One mail of the outbox as an administrator sees it: its delivery state and its text, not its HTML. */
public record MailDetail(long id, Long officeId, Long requestId, String kind, String recipient, String subject,
                         String textBody, boolean hasHtmlBody, List<AttachmentInfo> attachments, MailStatus status,
                         int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public MailDetail {
        attachments = List.copyOf(attachments);
    }

    static MailDetail of(OutboxMail mail) {
        return new MailDetail(mail.getId(), mail.getOfficeId(), mail.getRequestId(), mail.getKind(),
                mail.getRecipient(), mail.getSubject(), mail.getTextBody(), mail.getHtmlBody() != null,
                mail.getAttachments().stream()
                        .map(a -> new AttachmentInfo(a.filename(), a.contentType(),
                                a.size() == null ? null : a.size().intValue())).toList(),
                mail.getStatus(), mail.getAttempts(), mail.getNextAttemptAt(), mail.getLastError(),
                mail.getCreatedAt(), mail.getSentAt());
    }

    /** Whether an administrator may send it again: anything not yet sent. */
    public boolean retryable() {
        return status != MailStatus.SENT;
    }

    /** An attached file: its name, type and size in bytes (null while it is made only when the mail is sent). */
    public record AttachmentInfo(String filename, String contentType, Integer size) {
    }
}
