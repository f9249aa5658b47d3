package id.konsultasi.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional sender of WhatsApp messages through the WhatsApp Business Cloud API ({@code konsultasi.whatsapp.*}),
 * off by default. Its retries are the mail outbox's ({@code konsultasi.mail.max-attempts}, {@code first-retry-delay},
 * {@code max-retry-delay}, {@code batch-size}).
 *
 * @param enabled      whether messages owed to applicants with a phone number are queued and sent
 * @param apiUrl       the messages endpoint, e.g. {@code https://graph.facebook.com/v21.0/<phone-number-id>/messages}
 * @param token        the access token, sent as {@code Authorization: Bearer <token>}
 * @param pollInterval the pause between two rounds of the sender job (its {@code @Scheduled} reads the same property)
 * @param timeout      how long one call may take
 * @param templates    the approved template's name per message kind ({@code receipt}, {@code incomplete},
 *                     {@code answer-letter}, {@code refusal-letter}, {@code reminder}, {@code closing-letter},
 *                     {@code survey-invitation}); a kind without a template is not sent
 */
@ConfigurationProperties("konsultasi.whatsapp")
public record WhatsAppSettings(@DefaultValue("false") boolean enabled, String apiUrl, String token,
                               @DefaultValue("5s") Duration pollInterval, @DefaultValue("10s") Duration timeout,
                               Map<String, String> templates) {

    public WhatsAppSettings {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
        if (enabled) {
            if (apiUrl == null || apiUrl.isBlank() || token == null || token.isBlank()) {
                throw new IllegalArgumentException("konsultasi.whatsapp.api-url and token are needed when it is enabled");
            }
            URI.create(apiUrl); // a wrong address fails the start, not every message
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("konsultasi.whatsapp.poll-interval and timeout must be positive");
        }
    }

    /** The template of a message kind ({@code ANSWER_LETTER}: {@code templates.answer-letter}), or null. */
    String templateFor(String kind) {
        String name = templates.get(kind.toLowerCase(Locale.ROOT).replace('_', '-'));
        return name == null || name.isBlank() ? null : name.strip();
    }
}
