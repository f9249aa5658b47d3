package id.konsultasi.desk;

import java.time.Instant;

/** A guest who came about a consultation, for the reports: who, for which request (if any), when they arrived and were served. */
public record WalkInVisit(Long requestId, String receiptNumber, String guestName, Instant arrivedAt, Instant servedAt) {
}
