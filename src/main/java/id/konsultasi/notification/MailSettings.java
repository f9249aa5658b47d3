package id.konsultasi.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of outgoing mail ({@code konsultasi.mail.*}); the SMTP server itself is configured with
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param from            the sender, e.g. {@code Layanan Konsultasi <noreply@konsultasi.local>}
 * @param pollInterval    the pause between two rounds of the sender job (its {@code @Scheduled} reads the
 *                        same property)
 * @param maxAttempts     attempts before a mail is given up as failed
 * @param batchSize       mails claimed (and locked) at a time
 * @param firstRetryDelay the pause after the first failed attempt; it doubles after every further one
 * @param maxRetryDelay   the longest pause between two attempts
 */
@ConfigurationProperties("konsultasi.mail")
public record MailSettings(@DefaultValue("Layanan Konsultasi <noreply@konsultasi.local>") String from,
                           @DefaultValue("5s") Duration pollInterval,
                           @DefaultValue("8") int maxAttempts,
                           @DefaultValue("10") int batchSize,
                           @DefaultValue("1m") Duration firstRetryDelay,
                           @DefaultValue("6h") Duration maxRetryDelay) {

    public MailSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("konsultasi.mail.poll-interval must be positive");
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("konsultasi.mail.max-attempts and batch-size must be at least 1");
        }
        if (firstRetryDelay.isNegative() || maxRetryDelay.compareTo(firstRetryDelay) < 0) {
            throw new IllegalArgumentException("konsultasi.mail retry delays: 0 <= first-retry-delay <= max-retry-delay");
        }
        fromAddress(from); // a wrong sender fails the start, not every mail
    }

    /** The pause after the given number of failed attempts: 1, 2, 4, 8 ... times the first, at most the longest. */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.max(failedAttempts - 1, 0);
        if (doublings >= 30) {
            return maxRetryDelay;
        }
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }

    InternetAddress fromAddress() {
        return fromAddress(from);
    }

    /** The sender's bare address, e.g. {@code noreply@konsultasi.local}: the organizer of an office without one. */
    public String senderAddress() {
        return fromAddress(from).getAddress();
    }

    private static InternetAddress fromAddress(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            return parsed.getPersonal() == null ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("konsultasi.mail.from is not a mail address: " + from, e);
        }
    }
}
