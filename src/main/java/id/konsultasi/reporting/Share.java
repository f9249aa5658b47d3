package id.konsultasi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many of the items whose outcome is known met their limit: done on time, done late, and not done
 * although the limit has passed.
 */
record Share(long onTime, long late, long overdue) {

    public long known() {
        return onTime + late + overdue;
    }

    /** Percent on time, two decimals; empty when nothing is known yet. */
    public Optional<BigDecimal> percent() {
        if (known() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(known()), 2, RoundingMode.HALF_UP));
    }

    public Share plus(Share other) {
        return new Share(onTime + other.onTime, late + other.late, overdue + other.overdue);
    }
}
