package id.konsultasi.disposition;

/** The officer a request was assigned to lead it, and the division the officer belongs to (null when none). */
public record LeadOfficer(long requestId, long officerId, Long divisionId) {
}
