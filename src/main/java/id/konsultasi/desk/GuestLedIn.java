package id.konsultasi.desk;

/**
 * A waiting guest was led to the meeting room ({@code room} its name, if chosen); {@code requestId} is the request
 * they came for, if any, whose officers are told.
 */
public record GuestLedIn(long visitId, long officeId, Long requestId, String room) {
}
