package id.konsultasi.request;

/**
 * The personal data of a request (NIK, scans, handed-over files) was deleted after the retention period; what other
 * modules keep of it (the files attached to its mails) goes too.
 */
public record PersonalDataPurged(long requestId, long officeId) {
}
