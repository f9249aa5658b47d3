package id.konsultasi.scheduling;

import java.time.Duration;
import java.time.Instant;

/** A period of time, start inclusive, end exclusive. */
public record Slot(Instant start, Instant end) {

    public Slot {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
    }

    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
