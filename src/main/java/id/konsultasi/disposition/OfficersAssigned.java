package id.konsultasi.disposition;

/** Officers were assigned to a request: its lead officer schedules it next. */
public record OfficersAssigned(long requestId, long officeId, long assignmentId, long leadOfficerId,
                               boolean staffAnalysisRequired) {
}
