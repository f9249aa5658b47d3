package id.konsultasi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import id.konsultasi.shared.crypto.DataEncryptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues WhatsApp messages for the Cloud API in the caller's transaction, when the sender is on
 * ({@code konsultasi.whatsapp.enabled}) and the message kind has a template; the {@link WhatsAppSender} sends them.
 * A message is queued once per event and kind: the same event handled again finds it queued.
 */
@Service
public class WhatsAppOutbox {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppOutbox.class);

    private final JdbcTemplate jdbc;
    private final WhatsAppSettings settings;
    private final Clock clock;
    private final DataEncryptor encryptor;

    WhatsAppOutbox(JdbcTemplate jdbc, WhatsAppSettings settings, Clock clock, DataEncryptor encryptor) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether messages are sent through the Cloud API at all. */
    public boolean isEnabled() {
        return settings.enabled();
    }

    /** Queues the message; false when the sender is off, the kind has no template, or it was queued already. */
    @Transactional
    public boolean enqueue(WhatsAppMessage message) {
        if (!settings.enabled()) {
            return false;
        }
        if (message.eventKey() == null) {
            throw new IllegalArgumentException("a WhatsApp message is queued for an event (causedBy)");
        }
        String template = settings.templateFor(message.kind());
        if (template == null) {
            log.info("no WhatsApp template for {} messages (konsultasi.whatsapp.templates): not sent", message.kind());
            return false;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int inserted = jdbc.update("""
                insert into whatsapp_outbox (office_id, request_id, kind, recipient, template, language, parameters_encrypted,
                                             status, attempts, next_attempt_at, created_at, event_key)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)
                on conflict (event_key, kind) do nothing""", message.officeId(), message.requestId(), message.kind(),
                message.to(), template, message.language(), encryptor.encryptText(String.join("\n", message.parameters())), now, now,
                message.eventKey());
        return inserted == 1;
    }
}
