package id.konsultasi.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A mail to send: who it is for, what it says (plain text, and optionally HTML) and its attachments.
 *
 * @param officeId    the office the mail is sent for; {@code null} for a mail of the system itself
 * @param requestId   the consultation request it is about, if any
 * @param kind        a short code of what the mail is, shown to administrators (e.g. {@code RECEIPT})
 * @param to          the recipient's address
 * @param subject     the subject line
 * @param textBody    the plain-text body, always sent
 * @param htmlBody    the HTML body, sent beside the text when not {@code null}
 * @param attachments files to attach, possibly none
 * @param eventKey    the event that caused the mail ({@link #causedBy}); the outbox queues one mail per event,
 *                    recipient and kind, so an event handled twice (replayed after a crash) is mailed once
 */
public record OutgoingMail(Long officeId, Long requestId, String kind, String to, String subject,
                           String textBody, String htmlBody, List<Attachment> attachments, String eventKey) {

    static final int MAX_KIND = 40;
    static final int MAX_RECIPIENT = 320;
    static final int MAX_SUBJECT = 500;
    static final int MAX_SOURCE = 40;
    static final int MAX_REFERENCE = 100;
    static final int MAX_EVENT_KEY = 100;

    public OutgoingMail {
        require(kind, "kind", MAX_KIND);
        require(to, "to", MAX_RECIPIENT);
        require(subject, "subject", MAX_SUBJECT);
        if (textBody == null) {
            throw new IllegalArgumentException("a mail needs a text body");
        }
        // a line break in a header would start another header
        to = to.strip();
        subject = subject.replaceAll("\\R", " ").replaceAll("\\p{Cntrl}", " ").strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (eventKey != null && eventKey.length() > MAX_EVENT_KEY) {
            throw new IllegalArgumentException("event key longer than " + MAX_EVENT_KEY + " characters");
        }
    }

    /** A mail not tied to an event (queued by a job or a person): queued each time. */
    public OutgoingMail(Long officeId, Long requestId, String kind, String to, String subject, String textBody,
                        String htmlBody, List<Attachment> attachments) {
        this(officeId, requestId, kind, to, subject, textBody, htmlBody, attachments, null);
    }

    /**
     * The same mail, caused by {@code event}: the event's type and a digest of its content (an event handled again
     * is read back from the event publication registry equal to the first), so that it is queued once per event,
     * recipient and kind. An event that can happen twice with the same content carries an id of its own.
     */
    public OutgoingMail causedBy(Object event) {
        return new OutgoingMail(officeId, requestId, kind, to, subject, textBody, htmlBody, attachments, keyOf(event));
    }

    /** An event's type and a digest of its content: what tells one event from another (also for other modules' records). */
    public static String keyOf(Object event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(event.toString().getBytes(StandardCharsets.UTF_8));
            String type = event.getClass().getSimpleName();
            return type.substring(0, Math.min(type.length(), 50)) + ":" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file attached to the mail: its content, or, for a file costly to make (a PDF), the
     * {@link AttachmentSource} that makes it when the mail is first sent and the reference it is made from.
     */
    public record Attachment(String filename, String contentType, byte[] content, String source, String reference) {

        public Attachment {
            // the name travels in a header, where a line break would end it (an uploaded file's name may hold one)
            filename = filename == null ? null : filename.replaceAll("\\R", " ").replaceAll("\\p{Cntrl}", " ").strip();
            if (filename == null || filename.isBlank() || contentType == null || contentType.isBlank()) {
                throw new IllegalArgumentException("an attachment needs a file name and a content type");
            }
            if ((content == null) == (source == null || source.isBlank() || reference == null || reference.isBlank())) {
                throw new IllegalArgumentException("an attachment needs either its content or its source and reference");
            }
            if (filename.length() > 255 || contentType.length() > 255) {
                throw new IllegalArgumentException("attachment file name or content type longer than 255 characters");
            }
            if (source != null && (source.length() > MAX_SOURCE || reference.length() > MAX_REFERENCE)) {
                throw new IllegalArgumentException("attachment source or reference too long");
            }
        }

        /** A file given with its content. */
        public Attachment(String filename, String contentType, byte[] content) {
            this(filename, contentType, content, null, null);
        }

        /** A file made by the named {@link AttachmentSource} from {@code reference} when the mail is first sent. */
        public static Attachment madeWhenSent(String filename, String contentType, String source, String reference) {
            return new Attachment(filename, contentType, null, source, reference);
        }
    }

    private static void require(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a mail needs " + name);
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " longer than " + maxLength + " characters");
        }
    }
}
