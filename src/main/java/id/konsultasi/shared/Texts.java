package id.konsultasi.shared;

/** What people type, as it is kept: without the spaces around it, and nothing at all for a blank field. */
public final class Texts {

    private Texts() {
    }

    /** The text without leading and trailing white space; {@code null} when it is null or only white space. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
