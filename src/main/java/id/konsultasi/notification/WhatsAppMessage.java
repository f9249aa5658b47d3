package id.konsultasi.notification;

import java.util.List;

/**
 * A template message for the WhatsApp Business Cloud API: who it is for, which message kind (its template is
 * {@code konsultasi.whatsapp.templates.<kind>}), in which language, with which body parameters.
 *
 * @param officeId   the office it is sent for
 * @param requestId  the request it is about
 * @param kind       the message kind, as the mail's ({@code RECEIPT}, {@code ANSWER_LETTER}...)
 * @param to         the phone number, international digits without the plus sign ({@code 6281234567890})
 * @param language   the template's language code ({@code id}, {@code en})
 * @param parameters the body parameters, in the template's order; each on one line (the API refuses line breaks)
 * @param eventKey   the event that caused it ({@link #causedBy}): one message per event and kind
 */
public record WhatsAppMessage(long officeId, long requestId, String kind, String to, String language,
                              List<String> parameters, String eventKey) {

    public WhatsAppMessage {
        if (kind == null || kind.isBlank() || kind.length() > OutgoingMail.MAX_KIND) {
            throw new IllegalArgumentException("a WhatsApp message needs a kind of at most 40 characters");
        }
        if (to == null || !to.matches("[0-9]{8,15}")) {
            throw new IllegalArgumentException("a WhatsApp number is 8 to 15 digits");
        }
        parameters = parameters.stream().map(p -> p == null || p.isBlank() ? "-" : p.replaceAll("\\s+", " ").strip())
                .toList();
    }

    /** The same message, caused by {@code event} (its type and a digest of its content, as a mail's). */
    public WhatsAppMessage causedBy(Object event) {
        return new WhatsAppMessage(officeId, requestId, kind, to, language, parameters, OutgoingMail.keyOf(event));
    }
}
