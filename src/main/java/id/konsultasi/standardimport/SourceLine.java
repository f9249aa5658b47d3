package id.konsultasi.standardimport;

/** A non-blank line of the source, its markdown heading marks and emphasis taken off; numbers count from 1. */
record SourceLine(int number, String text) {

    static SourceLine of(int number, String raw) {
        String text = raw.replace("**", "").replaceFirst("^\\s*#+\\s*", "").strip();
        return new SourceLine(number, text);
    }
}
