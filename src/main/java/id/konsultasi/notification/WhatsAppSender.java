package id.konsultasi.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.shared.crypto.DataEncryptor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.json.JsonWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due messages of the WhatsApp outbox to the Cloud API, as the {@link OutboxSender} sends mail: each batch
 * claimed with {@code FOR UPDATE SKIP LOCKED} and locked while it is sent, a failed attempt (the API down, an answer
 * 5xx or 429) counted and tried again after 1, 2, 4 ... minutes (the mail's {@code konsultasi.mail.*} retries),
 * a message the API refuses (another 4xx) given up at once. Nothing is sent while the sender is off.
 */
@Component
public class WhatsAppSender {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppSender.class);
    private static final JsonWriter<Map<String, Object>> JSON = JsonWriter.standard();

    private final JdbcTemplate jdbc;
    private final WhatsAppSettings settings;
    private final MailSettings retries;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final HttpClient http;
    private final DataEncryptor encryptor;

    WhatsAppSender(JdbcTemplate jdbc, WhatsAppSettings settings, MailSettings retries, Clock clock,
                   PlatformTransactionManager transactionManager, DataEncryptor encryptor) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.settings = settings;
        this.retries = retries;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    /** The job: one round every {@code konsultasi.whatsapp.poll-interval}, on one instance at a time. */
    @Scheduled(fixedDelayString = "${konsultasi.whatsapp.poll-interval:5s}",
            initialDelayString = "${konsultasi.whatsapp.poll-interval:5s}")
    @SchedulerLock(name = "notification.whatsapp-sender", lockAtMostFor = "PT10M")
    void sendScheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.error("the WhatsApp outbox round failed; it runs again at the next interval", e);
        }
    }

    /** Sends the messages due now, batch by batch; none while the sender is off. Returns how many the API accepted. */
    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < OutboxSender.MAX_BATCHES_PER_ROUND; batch++) {
            int[] result = transactions.execute(status -> sendBatch());
            sent += result[1];
            if (result[0] < retries.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private record Due(long id, String kind, String to, String template, String language, String parameters,
                       int attempts) {
    }

    /** Returns {claimed, sent}. */
    private int[] sendBatch() {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("""
                select id, kind, recipient, template, language, parameters_encrypted, attempts from whatsapp_outbox
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id
                limit ?
                for update skip locked""", (rs, n) -> new Due(rs.getLong("id"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("template"), rs.getString("language"),
                encryptor.decryptText(rs.getBytes("parameters_encrypted")), rs.getInt("attempts")), utc(now), retries.batchSize());
        int sent = 0;
        for (Due message : due) {
            int attempts = message.attempts() + 1;
            try {
                HttpResponse<String> response = http.send(request(message), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    jdbc.update("""
                            update whatsapp_outbox set status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null
                            where id = ?""", attempts, utc(now), message.id());
                    sent++;
                } else if (status == 429 || status >= 500) {
                    failed(message, attempts, "HTTP " + status + ": " + response.body(), now);
                } else {
                    jdbc.update("""
                            update whatsapp_outbox set status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = null
                            where id = ?""", attempts, OutboxMail.truncate("HTTP " + status + ": " + response.body()),
                            message.id());
                    log.warn("WhatsApp message {} ({}) was refused and is given up: HTTP {}", message.id(),
                            message.kind(), status);
                }
            } catch (IOException e) {
                failed(message, attempts, OutboxSender.describe(e), now);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(message, attempts, OutboxSender.describe(e), now);
                break;
            }
        }
        return new int[]{due.size(), sent};
    }

    private void failed(Due message, int attempts, String error, Instant now) {
        boolean last = attempts >= retries.maxAttempts();
        jdbc.update("""
                update whatsapp_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?
                where id = ?""", last ? "FAILED" : "PENDING", attempts, OutboxMail.truncate(error),
                last ? null : utc(now.plus(retries.retryDelay(attempts))), message.id());
        log.info("WhatsApp message {} ({}) not sent (attempt {}){}", message.id(), message.kind(), attempts,
                last ? ", given up" : ", tried again later");
    }

    private HttpRequest request(Due message) {
        return HttpRequest.newBuilder(URI.create(settings.apiUrl())).timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8)).build();
    }

    /** The Cloud API's template message. */
    static String body(String to, String template, String language, List<String> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("to", to);
        body.put("type", "template");
        body.put("template", Map.of("name", template, "language", Map.of("code", language),
                "components", List.of(Map.of("type", "body", "parameters", parameters.stream()
                        .map(p -> Map.of("type", "text", "text", p)).toList()))));
        return JSON.writeToString(body);
    }

    private String body(Due message) {
        return body(message.to(), message.template(), message.language(),
                List.of(message.parameters().split("\n", -1)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
