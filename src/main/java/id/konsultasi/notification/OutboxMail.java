package id.konsultasi.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.konsultasi.shared.crypto.DataEncryptor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import org.springframework.mail.MailPreparationException;

/**
 * One mail of the outbox and its delivery state: {@code PENDING} until the SMTP server accepts it
 * ({@code SENT}), or until the last attempt failed ({@code FAILED}). Every failed attempt is counted and
 * moves the next attempt further away.
 */
@Entity
@Table(name = "outbox_mail")
@DynamicUpdate // a change of state does not write the bodies again
class OutboxMail {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Long officeId;
    private Long requestId;
    private String kind;
    private String recipient;
    private String subject;
    /** The bodies with their secret links masked ({@link SecretLinks}); the links' tokens encrypted beside. */
    private String textBody;
    private String htmlBody;
    private byte[] linkTokensEncrypted;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> attachments = new ArrayList<>();

    protected OutboxMail() {
    }

    /** A new mail without secret links, due at once, in memory (the outbox itself inserts through {@link Outbox#enqueue}). */
    OutboxMail(OutgoingMail mail, Instant now) {
        this(mail, new SecretLinks.Masked(mail.textBody(), mail.htmlBody(), null), now);
    }

    /** A new mail, due at once, with its bodies as {@link SecretLinks} masked them. */
    OutboxMail(OutgoingMail mail, SecretLinks.Masked bodies, Instant now) {
        this.officeId = mail.officeId();
        this.requestId = mail.requestId();
        this.kind = mail.kind();
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.textBody = bodies.textBody();
        this.htmlBody = bodies.htmlBody();
        this.linkTokensEncrypted = bodies.tokens();
        mail.attachments().forEach(a -> attachments.add(new StoredAttachment(a.filename(), a.contentType(), a.content(),
                a.source(), a.reference())));
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The SMTP server accepted the mail. */
    void sent(Instant now) {
        requirePending();
        this.attempts++;
        this.status = MailStatus.SENT;
        this.sentAt = now;
        this.nextAttemptAt = null;
    }

    /**
     * An attempt failed for a reason that may pass (the server is down, busy, refuses for now): try again
     * after the pause for this many failures, or give up after the last attempt.
     */
    void failed(String error, Instant now, MailSettings settings) {
        requirePending();
        this.attempts++;
        this.lastError = truncate(error);
        if (attempts >= settings.maxAttempts()) {
            this.status = MailStatus.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = now.plus(settings.retryDelay(attempts));
        }
    }

    /** The mail cannot be sent as it is (a malformed address): no further attempt would help. */
    void failedForGood(String error) {
        requirePending();
        this.attempts++;
        this.lastError = truncate(error);
        this.status = MailStatus.FAILED;
        this.nextAttemptAt = null;
    }

    /** An administrator sends a failed or waiting mail again: due at once, with all its attempts ahead. */
    void retry(Instant now) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was sent already");
        }
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    boolean isRetryable() {
        return status != MailStatus.SENT;
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not pending");
        }
    }

    /** The error on one line, at most as long as the column. */
    static String truncate(String error) {
        String text = error == null || error.isBlank() ? "?" : error.strip().replaceAll("\\s+", " ");
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "\u2026";
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getOfficeId() {
        return officeId;
    }

    Long getRequestId() {
        return requestId;
    }

    String getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    byte[] getLinkTokensEncrypted() {
        return linkTokensEncrypted;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    List<StoredAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /**
     * Makes the attachments that are made when the mail is sent, once: they are kept, encrypted, for another
     * attempt.
     */
    void makeAttachments(Map<String, AttachmentSource> sources, DataEncryptor encryptor) {
        for (int i = 0; i < attachments.size(); i++) {
            StoredAttachment attachment = attachments.get(i);
            if (attachment.content() == null && attachment.droppedAt() == null) {
                AttachmentSource source = sources.get(attachment.source());
                if (source == null) {
                    throw new IllegalStateException("no attachment source named " + attachment.source());
                }
                attachments.set(i, attachment.made(source.make(attachment.reference()), encryptor));
            }
        }
    }

    /**
     * The files are no longer needed: sent, or the request's personal data is deleted. Their names and sizes stay
     * for the outbox page.
     */
    void dropAttachmentContents(Instant now) {
        attachments.replaceAll(attachment -> attachment.droppedAt() == null ? attachment.dropped(now) : attachment);
    }

    /**
     * An attached file as stored, in the order it was given: its content, or, until the mail is first sent, the
     * source that makes it and the reference it is made from.
     */
    @Embeddable
    static class StoredAttachment {

        private String filename;
        private String contentType;
        private byte[] content;
        private String source;
        private String reference;
        private Long size;
        private boolean encrypted;
        private Instant droppedAt;

        protected StoredAttachment() {
        }

        StoredAttachment(String filename, String contentType, byte[] content, String source, String reference) {
            this.filename = filename;
            this.contentType = contentType;
            this.content = content == null ? null : content.clone();
            this.source = source;
            this.reference = reference;
            this.size = content == null ? null : (long) content.length;
        }

        StoredAttachment made(byte[] made, DataEncryptor encryptor) {
            StoredAttachment copy = new StoredAttachment(filename, contentType, encryptor.encrypt(made), source, reference);
            copy.size = (long) made.length;
            copy.encrypted = true;
            return copy;
        }

        StoredAttachment dropped(Instant now) {
            StoredAttachment copy = new StoredAttachment(filename, contentType, null, source, reference);
            copy.size = size;
            copy.encrypted = encrypted;
            copy.droppedAt = now;
            return copy;
        }

        String filename() {
            return filename;
        }

        String contentType() {
            return contentType;
        }

        /** The file as stored (encrypted when {@link #encrypted()}), or null: still to be made, or dropped. */
        byte[] content() {
            return content;
        }

        /** The file to send. */
        byte[] plainContent(DataEncryptor encryptor) {
            if (content == null && droppedAt != null) {
                // the request's personal data was deleted before the mail went out: it can never be sent
                throw new MailPreparationException("attachment " + filename
                        + " was deleted with the request's personal data before the mail was sent");
            }
            if (content == null) {
                throw new IllegalStateException("attachment " + filename + " has no content yet");
            }
            return encrypted ? encryptor.decrypt(content) : content.clone();
        }

        String source() {
            return source;
        }

        String reference() {
            return reference;
        }

        /** Its size in bytes, null until it is made. */
        Long size() {
            return size;
        }

        boolean encrypted() {
            return encrypted;
        }

        /** When its content was dropped (the mail sent, the request's personal data deleted), or null. */
        Instant droppedAt() {
            return droppedAt;
        }
    }
}
