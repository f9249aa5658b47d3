package id.konsultasi.intake;

import java.time.Duration;
import java.util.Locale;

import id.konsultasi.request.RequestService;
import id.konsultasi.shared.RateLimits;

import org.springframework.stereotype.Service;

/**
 * "Send my link again": the applicant types the receipt number and the e-mail address used. The answer and the work
 * done before it are the same whether or not they match (the mail is written afterwards, see
 * {@link RequestService#requestTrackingLink}), and one receipt number's link is mailed only a few times a day
 * ({@code konsultasi.intake.links-per-receipt-per-day}), whoever asks and whether or not it exists; the client
 * address is limited like every public form (the submission limit).
 */
@Service
public class LinkAgain {

    private final RequestService requests;
    private final RateLimits limits;
    private final IntakeProperties properties;

    LinkAgain(RequestService requests, RateLimits limits, IntakeProperties properties) {
        this.requests = requests;
        this.limits = limits;
        this.properties = properties;
    }

    public void ask(String receiptNumber, String email) {
        String receipt = receiptNumber.trim().toUpperCase(Locale.ROOT);
        if (limits.tryAcquire("link-again:" + receipt, properties.linksPerReceiptPerDay(), Duration.ofDays(1))) {
            requests.requestTrackingLink(receipt, email.trim());
        }
    }
}
