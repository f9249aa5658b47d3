package id.konsultasi.consultation;

import java.time.Instant;

/** The division head forwarded a filed report to the head of office, whose acknowledgement it now waits for. */
public record ReportForwarded(long requestId, long officeId, Instant at) {
}
