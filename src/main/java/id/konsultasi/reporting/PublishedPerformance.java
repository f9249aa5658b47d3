package id.konsultasi.reporting;

import java.time.Instant;

/**
 * One period of the performance page with its figures and the head's text.
 *
 * @param followUp    what the office changed in response; null when never written
 * @param publishedAt null when not (or no longer) published
 */
public record PublishedPerformance(PerformancePeriod period, PerformanceFigures figures, String followUp,
                                   Instant publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
