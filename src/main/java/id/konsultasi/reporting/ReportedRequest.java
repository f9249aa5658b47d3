package id.konsultasi.reporting;

import id.konsultasi.disposition.LeadOfficer;
import id.konsultasi.request.SubmittedRequest;
import id.konsultasi.scheduling.ScheduledRequest;

/**
 * A request of the period with what the other modules know of it: its appointments and lead officer (null
 * when it has none) and the name of its division: the one it was disposed to, or else (where the standard
 * assigns without one, as in Buton) its lead officer's; null when neither.
 */
record ReportedRequest(SubmittedRequest request, ScheduledRequest appointments, LeadOfficer lead, String divisionName) {
}
