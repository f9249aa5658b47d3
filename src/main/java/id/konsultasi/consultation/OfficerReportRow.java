package id.konsultasi.consultation;

import java.time.Instant;

import id.konsultasi.request.RequestStatus;

/** One consultation in an officer's list of reports; {@code stage} is null while nothing was written. */
record OfficerReportRow(long requestId, String receiptNumber, String applicantName, String institution,
                               String topic, RequestStatus status, RecordStage stage, Instant actualEnd,
                               Instant reportDueAt, Instant firstReportedAt, Integer returnCount, String lastRemark) {

    public String applicant() {
        return institution == null ? applicantName : applicantName + " (" + institution + ")";
    }

    /** Held, not reported, past the deadline. */
    public boolean isLate(Instant now) {
        return new ReportDeadline(reportDueAt, firstReportedAt).isOverdue(now);
    }

    public boolean filedLate() {
        return new ReportDeadline(reportDueAt, firstReportedAt).isFiledLate();
    }
}
