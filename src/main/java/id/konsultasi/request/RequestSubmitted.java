package id.konsultasi.request;

/** A new request was registered and has its receipt number. */
public record RequestSubmitted(long requestId, long officeId, String receiptNumber, Channel channel) {
}
