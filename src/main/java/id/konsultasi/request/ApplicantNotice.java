package id.konsultasi.request;

import java.time.Instant;
import java.util.List;

/**
 * A message the applicant is owed at this point of the request (receipt, incomplete-file notice, answer letter,
 * refusal, reminder, closing letter, survey invitation) and how it went, as the request's page lists it.
 *
 * @param kind          its code, e.g. {@code RECEIPT}
 * @param labelKey      the message key of what it is
 * @param mailStateKey  the message key of its e-mail's state (sent, waiting, failed, no address)
 * @param mailAt        when the e-mail was sent, or null
 * @param deliveries    who told the applicant by another channel, and when, oldest first
 * @param whatsAppPath  the staff address that sends it by WhatsApp (a POST), or null without a phone number
 * @param handOverPath  the staff address that records it handed over at the counter (a POST), or null when it is
 *                      not a letter
 */
public record ApplicantNotice(String kind, String labelKey, String mailStateKey, Instant mailAt,
                              List<Delivery> deliveries, String whatsAppPath, String handOverPath) {

    public ApplicantNotice {
        deliveries = List.copyOf(deliveries);
    }

    /** Told by e-mail or by any other channel. */
    public boolean told() {
        return mailAt != null || deliveries.stream().anyMatch(d -> d.at() != null);
    }

    /**
     * One time the applicant was told by a channel other than the e-mail.
     *
     * @param channelKey the message key of the channel (WhatsApp by a staff member, WhatsApp sent by the system,
     *                   handed over at the counter)
     * @param by         the staff member's name, or null when the system sent it
     * @param at         when; null while it is not delivered (waiting to be sent, or failed)
     */
    public record Delivery(String channelKey, String by, Instant at) {
    }
}
