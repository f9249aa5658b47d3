package id.konsultasi.desk;

import id.konsultasi.shared.Labelled;

/** How much of the office's walk-in limit a guest has waited: under 75 %, 75 to 100 %, over 100 %. */
enum WaitState implements Labelled {
    ON_TIME, CLOSE, LATE;

    @Override
    public String labelPrefix() {
        return "waitState";
    }
}
