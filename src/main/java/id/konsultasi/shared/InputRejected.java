package id.konsultasi.shared;

/**
 * A rule that needs the database refused the input (a duplicate name, a date already taken...). The
 * controller shows the message beside the field and keeps everything the user typed.
 */
public class InputRejected extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InputRejected(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The arguments of the message, e.g. what collides with what. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
