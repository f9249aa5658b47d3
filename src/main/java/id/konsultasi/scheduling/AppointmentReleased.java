package id.konsultasi.scheduling;

/**
 * The consultation was held before its appointment, which is released: the applicant is told and the
 * calendar event is cancelled.
 */
record AppointmentReleased(long appointmentId, long requestId, long officeId) {
}
