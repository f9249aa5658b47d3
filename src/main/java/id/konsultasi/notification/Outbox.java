package id.konsultasi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import id.konsultasi.shared.crypto.DataEncryptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way every module sends mail: {@link #enqueue} stores it in the caller's transaction, so that the
 * mail exists exactly when what caused it was committed. The {@link OutboxSender} sends it, retrying
 * while the SMTP server is down; nothing is lost on a restart.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final DataEncryptor encryptor;
    private final SecretLinks links;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, DataEncryptor encryptor, SecretLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Stores the mail in the outbox (in the caller's transaction), its attachments encrypted; it is sent by the
     * sender job. A mail caused by an event ({@link OutgoingMail#causedBy}) is stored once per event, recipient
     * and kind: the same event handled again (replayed after a crash) finds it queued and the insert does
     * nothing. Returns the outbox id.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(OutgoingMail mail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        SecretLinks.Masked bodies = links.mask(mail.textBody(), mail.htmlBody());
        List<Long> inserted = jdbc.queryForList("""
                insert into outbox_mail (office_id, request_id, kind, recipient, subject, text_body, html_body, status,
                                         link_tokens_encrypted, attempts, next_attempt_at, created_at, event_key)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?, ?)
                on conflict (event_key, recipient, kind) where event_key is not null do nothing
                returning id""", Long.class, mail.officeId(), mail.requestId(), mail.kind(), mail.to(), mail.subject(),
                bodies.textBody(), bodies.htmlBody(), bodies.tokens(), now, now, mail.eventKey());
        if (inserted.isEmpty()) {
            log.info("{} mail for event {} is queued already; not queued again", mail.kind(), mail.eventKey());
            return jdbc.queryForObject("select id from outbox_mail where event_key = ? and recipient = ? and kind = ?",
                    Long.class, mail.eventKey(), mail.to(), mail.kind());
        }
        long id = inserted.get(0);
        List<OutgoingMail.Attachment> attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            OutgoingMail.Attachment a = attachments.get(position);
            jdbc.update("""
                    insert into outbox_attachment (mail_id, position, filename, content_type, content, source, reference,
                                                   size, encrypted)
                    values (?, ?, ?, ?, ?, ?, ?, ?, true)""", id, position, a.filename(), a.contentType(),
                    a.content() == null ? null : encryptor.encrypt(a.content()), a.source(), a.reference(),
                    a.content() == null ? null : (long) a.content().length);
        }
        return id;
    }
}
