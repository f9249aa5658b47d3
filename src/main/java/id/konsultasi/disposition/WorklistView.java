package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/** Which requests a worklist shows: those waiting for this person's decision, the late ones, or all under way. */
public enum WorklistView implements Labelled {
    WAITING, LATE, OPEN;

    @Override
    public String labelPrefix() {
        return "worklistView";
    }
}
