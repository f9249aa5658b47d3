package id.konsultasi.request;

import java.time.Instant;

/**
 * A request as the reports read it: how it came, who asked, where it stands, its deadlines and when it was
 * refused (if it was).
 *
 * @param startedAt  when the office's clock started: the file complete, or else the submission
 * @param rejectedAt the first time the request was refused, or null
 */
public record SubmittedRequest(long id, String receiptNumber, String applicantName, Channel channel,
                               ApplicantType applicantType, RequestStatus status, ConsultationMode preferredMode,
                               Long assignedDivisionId, Instant startedAt, Instant answerDueAt,
                               Instant consultationDueAt, Instant rejectedAt) {
}
