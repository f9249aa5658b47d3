package id.konsultasi.scheduling;

import id.konsultasi.shared.Labelled;

public enum AppointmentStatus implements Labelled {
    ACTIVE, CANCELLED, NO_SHOW;

    @Override
    public String labelPrefix() {
        return "appointmentStatus";
    }
}
