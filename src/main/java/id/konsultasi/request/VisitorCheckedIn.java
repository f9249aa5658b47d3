package id.konsultasi.request;

import java.time.Instant;

/** The applicant arrived at the duty desk for the consultation of this request. */
public record VisitorCheckedIn(long requestId, long officeId, Instant at) {
}
