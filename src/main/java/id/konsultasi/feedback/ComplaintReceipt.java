package id.konsultasi.feedback;

/** What the complainant gets at once: the complaint number and the secret link's token. */
public record ComplaintReceipt(long complaintId, String number, String trackingToken) {
}
