package id.konsultasi.feedback;

/** A complaint was filed by the public or recorded by staff; the complainant is told its number and link. */
record ComplaintFiled(long complaintId, long officeId) {
}
