package id.konsultasi.shared;

/** The record is no longer in the state the user saw (someone else acted first): a 409 page, nothing overwritten. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
