package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/** Sifat: biasa, segera, sangat segera. */
public enum Urgency implements Labelled {
    ROUTINE, URGENT, VERY_URGENT;

    @Override
    public String labelPrefix() {
        return "urgency";
    }
}
