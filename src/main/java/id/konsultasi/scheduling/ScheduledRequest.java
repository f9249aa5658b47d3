package id.konsultasi.scheduling;

import java.time.Instant;

import id.konsultasi.request.ConsultationMode;

/**
 * What the appointments of one request say to the reports: the mode of the latest, and when the first answer
 * letter was issued (null while none was).
 */
public record ScheduledRequest(long requestId, ConsultationMode latestMode, Instant firstLetterIssuedAt) {
}
