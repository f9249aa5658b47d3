package id.konsultasi.shared;

/** A client sent more than its share; answered with a friendly 429 page. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String client) {
        super("rate limit reached for " + client);
    }
}
