package id.konsultasi.shared;

/**
 * Something the user asked for does not exist, or is not theirs to see. Both answer 404 so that
 * nobody learns whether another office's record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
