package id.konsultasi.request;

/** The office needs something more from the applicant before the file is complete. */
public record RequestMarkedIncomplete(long requestId, long officeId, String reason) {
}
