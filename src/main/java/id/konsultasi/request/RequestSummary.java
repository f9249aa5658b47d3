package id.konsultasi.request;

import java.time.Instant;

/** A request in a short list (e.g. the duty desk's search for a visitor who has an appointment). */
public record RequestSummary(long id, String receiptNumber, String applicantName, String institution, String phone,
                             String topic, RequestStatus status, Instant submittedAt) {
}
