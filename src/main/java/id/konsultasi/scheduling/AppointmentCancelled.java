package id.konsultasi.scheduling;

/** An appointment was cancelled, by the office or by the applicant; the calendar event is cancelled. */
record AppointmentCancelled(long appointmentId, long requestId, long officeId, String reason,
                                   boolean byApplicant) {
}
