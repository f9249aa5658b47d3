package id.konsultasi.scheduling;

/** An appointment was made, or moved ({@code rescheduled}); the applicant gets the answer letter and the invitation. */
public record ConsultationScheduled(long appointmentId, long requestId, long officeId, boolean rescheduled,
                                    String reason) {
}
