package id.konsultasi.request;

import java.time.Instant;

/** One line of a worklist: what a list shows of a request, read without loading the aggregate. */
public record WorklistLine(long id, String receiptNumber, String agendaNumber, Channel channel, RequestStatus status,
                             boolean urgent, String applicantName, String institution, String topic,
                             ConsultationMode preferredMode, Instant submittedAt, Instant answerDueAt,
                             Instant consultationDueAt, Long divisionId) {

    /** The name to address: the institution when there is one. */
    public String applicantDisplayName() {
        return institution == null ? applicantName : applicantName + " (" + institution + ")";
    }
}
