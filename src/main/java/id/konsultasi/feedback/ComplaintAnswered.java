package id.konsultasi.feedback;

/** The office answered a complaint; the answer goes to the complainant when they left an e-mail address. */
record ComplaintAnswered(long complaintId, long officeId) {
}
