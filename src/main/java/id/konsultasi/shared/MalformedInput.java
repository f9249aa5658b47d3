package id.konsultasi.shared;

/**
 * Input that none of the application's own forms sends (a hidden field missing or unreadable, such as the
 * version a form was shown with): nothing a person could correct beside a field, so the 400 page.
 */
public class MalformedInput extends RuntimeException {

    public MalformedInput(String message) {
        super(message);
    }
}
