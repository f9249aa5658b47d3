package id.konsultasi.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * The complaints an office received in a period: how many, per status and per channel, and how many
 * were answered by their deadline.
 *
 * @param answered       answered (or answered and closed)
 * @param answeredOnTime answered no later than the deadline
 * @param overdueOpen    not answered, and the deadline has passed
 */
public record ComplaintSummary(long total, Map<ComplaintStatus, Long> byStatus, Map<ComplaintSource, Long> bySource,
                               long answered, long answeredOnTime, long overdueOpen) {

    public ComplaintSummary {
        byStatus = Map.copyOf(byStatus);
        bySource = Map.copyOf(bySource);
    }

    /**
     * The share (percent, two decimals) of complaints answered on time among those whose outcome is
     * known: the answered ones and the unanswered ones past their deadline. Empty when there are none.
     */
    public Optional<BigDecimal> onTimePercent() {
        long due = answered + overdueOpen;
        if (due == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(answeredOnTime * 100).divide(BigDecimal.valueOf(due), 2,
                RoundingMode.HALF_UP));
    }
}
