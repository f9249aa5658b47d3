package id.konsultasi.scheduling;

import java.util.UUID;

/**
 * An appointment was made, or moved ({@code rescheduled}); the applicant gets the answer letter and the invitation.
 * {@code id} tells one move from another with the same reason (a mail is queued once per event).
 */
record ConsultationScheduled(long appointmentId, long requestId, long officeId, boolean rescheduled,
                                    String reason, UUID id) {

    public ConsultationScheduled(long appointmentId, long requestId, long officeId, boolean rescheduled, String reason) {
        this(appointmentId, requestId, officeId, rescheduled, reason, UUID.randomUUID());
    }
}
