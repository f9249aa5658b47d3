package id.konsultasi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import id.konsultasi.request.PersonalDataPurged;
import id.konsultasi.shared.crypto.DataEncryptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files attached to mails are personal data like the request's documents: stored encrypted, dropped once the
 * mail is sent ({@link OutboxSender}), and what remains (a mail never sent) is deleted with the request's personal
 * data. Files queued in clear before they were encrypted are encrypted when the application starts.
 */
@Component
class OutboxAttachments {

    private static final Logger log = LoggerFactory.getLogger(OutboxAttachments.class);
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final DataEncryptor encryptor;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OutboxAttachments(JdbcTemplate jdbc, DataEncryptor encryptor, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(PersonalDataPurged event) {
        int dropped = jdbc.update("""
                update outbox_attachment a set content = null, dropped_at = ?
                from outbox_mail m
                where m.id = a.mail_id and m.request_id = ? and a.dropped_at is null""",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), event.requestId());
        if (dropped > 0) {
            log.info("dropped {} mail attachments of request {} with its personal data", dropped, event.requestId());
        }
    }

    /** Encrypts the files that waited in clear (queued before V90), a batch per transaction, beside other instances. */
    @EventListener(ApplicationReadyEvent.class)
    void encryptThoseInClear() {
        int encrypted = 0;
        int batch;
        do {
            batch = transactions.execute(status -> {
                List<Object[]> rows = jdbc.query("""
                        select mail_id, position, content from outbox_attachment
                        where not encrypted and content is not null
                        limit ? for update skip locked""", (rs, i) -> new Object[]{rs.getLong(1), rs.getInt(2),
                        rs.getBytes(3)}, BATCH);
                for (Object[] row : rows) {
                    jdbc.update("update outbox_attachment set content = ?, encrypted = true where mail_id = ? and position = ?",
                            encryptor.encrypt((byte[]) row[2]), row[0], row[1]);
                }
                return rows.size();
            });
            encrypted += batch;
        } while (batch == BATCH);
        if (encrypted > 0) {
            log.info("encrypted {} mail attachments queued in clear", encrypted);
        }
    }
}
