package id.konsultasi.request;

import java.util.UUID;

/**
 * An applicant asked for the tracking link again, with the receipt number and the e-mail address used. {@code id}
 * tells one request for the link from the next (a mail is queued once per event).
 */
public record TrackingLinkRequested(long requestId, long officeId, UUID id) {

    public TrackingLinkRequested(long requestId, long officeId) {
        this(requestId, officeId, UUID.randomUUID());
    }
}
