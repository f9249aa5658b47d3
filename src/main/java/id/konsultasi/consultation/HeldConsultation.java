package id.konsultasi.consultation;

import java.time.Instant;

/**
 * A consultation recorded as held, for the reports: when it actually took place, and its report's deadline,
 * first filing and outcome by {@link ReportDeadline the one rule}.
 */
public record HeldConsultation(long requestId, Instant actualStart, Instant actualEnd, Instant reportDueAt,
                               Instant reportFiledAt, ReportDeadline.Outcome reportOutcome) {
}
