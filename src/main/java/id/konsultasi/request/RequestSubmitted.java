package id.konsultasi.request;

/** A new request was registered (its receipt number is given as the last step of the same transaction). */
public record RequestSubmitted(long requestId, long officeId, Channel channel) {
}
