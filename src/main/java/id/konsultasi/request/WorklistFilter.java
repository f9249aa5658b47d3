package id.konsultasi.request;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests of one office a worklist shows.
 *
 * @param officeId   the office; always required
 * @param statuses   only these statuses; empty for any
 * @param divisionId only requests disposed or assigned to this division; {@code null} for any
 * @param channel    only this channel; {@code null} for any
 * @param urgentOnly only urgent requests
 * @param lateOnly   only requests whose answer letter or consultation is overdue at {@code now}
 * @param now        the moment deadlines are compared with
 * @param text       a receipt or agenda number, an applicant, an institution or a topic; blank for any
 */
public record WorklistFilter(long officeId, Set<RequestStatus> statuses, Long divisionId, Channel channel,
                             boolean urgentOnly, boolean lateOnly, Instant now, String text) {

    public WorklistFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null ? "" : text.strip();
        if (now == null) {
            throw new IllegalArgumentException("a worklist compares deadlines with a moment");
        }
    }
}
