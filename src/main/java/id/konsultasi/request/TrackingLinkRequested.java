package id.konsultasi.request;

import java.util.List;

/**
 * An applicant asked for the tracking link again, with a receipt number and an e-mail address: the requests that
 * match both (usually one, often none). Published whether or not any matches, so that a hit and a miss do the same
 * work before the answer; the mail is written after it.
 */
public record TrackingLinkRequested(List<Long> requestIds) {

    public TrackingLinkRequested {
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }
}
