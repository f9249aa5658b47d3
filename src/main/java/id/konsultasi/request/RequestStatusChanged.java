package id.konsultasi.request;

import java.time.Instant;

/**
 * A request moved from one status to another (a reschedule moves from SCHEDULED to SCHEDULED). Other
 * modules react to it after the change is committed: mail to the applicant, a survey invitation...
 */
public record RequestStatusChanged(long requestId, long officeId, RequestStatus from, RequestStatus to,
                                   String publicNote, Instant at) {
}
