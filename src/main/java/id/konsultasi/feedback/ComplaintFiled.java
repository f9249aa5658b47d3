package id.konsultasi.feedback;

import java.time.Instant;

/**
 * A complaint was filed by the public or recorded by staff; the complainant is told its number and link, and those
 * who answer complaints are notified (module alert).
 */
public record ComplaintFiled(long complaintId, long officeId, String number, Instant dueAt) {
}
