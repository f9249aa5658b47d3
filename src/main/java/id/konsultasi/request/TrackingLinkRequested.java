package id.konsultasi.request;

import java.util.List;
import java.util.UUID;

/**
 * An applicant asked for the tracking link again, with a receipt number and an e-mail address: the requests that
 * match both (usually one, often none). Published whether or not any matches, so that a hit and a miss do the same
 * work before the answer; the mail is written after it. {@code id} tells one request for the link from the next (a
 * mail is queued once per event).
 */
public record TrackingLinkRequested(List<Long> requestIds, UUID id) {

    public TrackingLinkRequested {
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }

    public TrackingLinkRequested(List<Long> requestIds) {
        this(requestIds, UUID.randomUUID());
    }
}
