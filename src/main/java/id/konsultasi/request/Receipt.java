package id.konsultasi.request;

/** What the applicant gets at once: the receipt number and the secret tracking link's token. */
public record Receipt(long requestId, String receiptNumber, String trackingToken) {
}
