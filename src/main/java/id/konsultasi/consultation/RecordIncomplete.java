package id.konsultasi.consultation;

import java.util.List;

/** The record lacks what the next step needs; the form shows the missing fields and keeps what was typed. */
public class RecordIncomplete extends RuntimeException {

    private final List<String> missing;

    RecordIncomplete(List<String> missing) {
        super("missing: " + missing);
        this.missing = List.copyOf(missing);
    }

    /** The names of the missing fields, e.g. {@code actualStart}, {@code advice}, {@code followUps[1]}. */
    public List<String> missing() {
        return missing;
    }
}
