package id.konsultasi.feedback;

import java.time.Instant;

/**
 * What a new complaint says, from whichever channel. Strings are trimmed, blanks are null.
 *
 * @param idempotencyKey the form's key: the same form sent twice files one complaint
 * @param receivedAt     when it reached the office (staff recording a box or a LAPOR! complaint); null = now
 * @param requestToken   the tracking token of the request it is about, for complaints from the tracking page
 * @param language       the language the complainant wrote in ({@code id} or {@code en}): their mails follow it
 */
public record NewComplaint(ComplaintSource source, String idempotencyKey, String laporNumber, boolean anonymous,
                           String name, String email, String phone, String subject, String description,
                           Instant receivedAt, String requestToken, String requestReceiptNumber, String language) {

    /** A complaint in Indonesian (staff record those that came by box, desk or LAPOR!). */
    public NewComplaint(ComplaintSource source, String idempotencyKey, String laporNumber, boolean anonymous, String name,
                        String email, String phone, String subject, String description, Instant receivedAt,
                        String requestToken, String requestReceiptNumber) {
        this(source, idempotencyKey, laporNumber, anonymous, name, email, phone, subject, description, receivedAt,
                requestToken, requestReceiptNumber, "id");
    }

    @Override
    public String toString() {
        return "NewComplaint[" + source + ", " + subject + "]"; // never the complainant in a log
    }
}
