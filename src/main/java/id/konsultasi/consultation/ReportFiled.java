package id.konsultasi.consultation;

import java.time.Instant;

/**
 * The officer filed the report (or filed it again after it was returned): it waits for the division head of
 * {@code divisionId} where the office's standard routes reports through one, else ({@code divisionId} null) for the
 * head of office's acknowledgement.
 */
public record ReportFiled(long requestId, long officeId, Long divisionId, Instant at) {
}
