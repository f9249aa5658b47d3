package id.konsultasi.scheduling;

import id.konsultasi.shared.Labelled;

/**
 * Where an appointment stands. Only an ACTIVE one books its officers and its room (the exclusion
 * constraints of V40); every other status has released them.
 */
public enum AppointmentStatus implements Labelled {
    ACTIVE, CANCELLED, NO_SHOW,
    /** the consultation was recorded as held at (or after) the planned time */
    HELD,
    /** the consultation was recorded as held before the planned time: the slot was released and the event cancelled */
    HELD_EARLY;

    @Override
    public String labelPrefix() {
        return "appointmentStatus";
    }
}
