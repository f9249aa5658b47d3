package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/** Whether the consultation can take place. */
public enum DispositionDecision implements Labelled {
    ACCEPTED, REFUSED;

    @Override
    public String labelPrefix() {
        return "dispositionDecision";
    }
}
