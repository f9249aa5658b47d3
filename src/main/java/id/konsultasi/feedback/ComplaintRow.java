package id.konsultasi.feedback;

import java.time.Instant;

/**
 * A complaint in the staff's list. {@code complainant} is null for an anonymous complaint: the name
 * never leaves the database for a staff page.
 */
record ComplaintRow(long id, String number, Instant receivedAt, ComplaintSource source, String subject,
                           ComplaintStatus status, Instant dueAt, Instant answeredAt, boolean anonymous,
                           String complainant) {

    public boolean isOverdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }
}
