package id.konsultasi.consultation;

import java.time.Instant;

/** One report in a reviewer's list. */
record ReportRow(long requestId, String receiptNumber, String applicantName, String institution, String topic,
                        RecordStage stage, String leadOfficerName, Instant actualEnd, Instant reportDueAt,
                        Instant firstReportedAt, Instant reportedAt, int returnCount) {

    public String applicant() {
        return institution == null ? applicantName : applicantName + " (" + institution + ")";
    }

    /** Filed after its deadline. */
    public boolean filedLate() {
        return new ReportDeadline(reportDueAt, firstReportedAt).isFiledLate();
    }
}
