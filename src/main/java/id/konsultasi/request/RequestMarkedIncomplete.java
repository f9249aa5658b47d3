package id.konsultasi.request;

import java.util.UUID;

/**
 * The office needs something more from the applicant before the file is complete. {@code id} tells one occurrence
 * from another with the same content (a mail is queued once per event).
 */
public record RequestMarkedIncomplete(long requestId, long officeId, String reason, UUID id) {

    public RequestMarkedIncomplete(long requestId, long officeId, String reason) {
        this(requestId, officeId, reason, UUID.randomUUID());
    }
}
