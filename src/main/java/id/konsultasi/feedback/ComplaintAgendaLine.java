package id.konsultasi.feedback;

import java.time.Instant;

/**
 * A complaint as a line of the office's agenda book, where its standard routes complaints through
 * the book: its agenda number, when it was registered, its complaint number, subject and state; the complainant's
 * name only when not anonymous.
 */
public record ComplaintAgendaLine(long complaintId, String agendaNumber, Instant registeredAt, String complaintNumber,
                                  String complainantName, String subject, ComplaintStatus status) {
}
