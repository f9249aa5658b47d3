package id.konsultasi.scheduling;

import java.time.Instant;

/** Someone scheduled to come in person, as the duty desk expects them. */
public record ExpectedVisitor(long requestId, Instant at, Long roomId, boolean checkedIn) {
}
