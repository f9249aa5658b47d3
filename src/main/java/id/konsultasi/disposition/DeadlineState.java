package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/** Where a deadline stands today. */
enum DeadlineState implements Labelled {
    ON_TIME, DUE_TODAY, LATE;

    @Override
    public String labelPrefix() {
        return "deadlineState";
    }
}
