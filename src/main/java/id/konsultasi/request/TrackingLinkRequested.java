package id.konsultasi.request;

/** An applicant asked for the tracking link again, with the receipt number and the e-mail address used. */
public record TrackingLinkRequested(long requestId, long officeId) {
}
