package id.konsultasi.request;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a dashboard counts of an office (or of one division): its requests per status, every status present,
 * and what is late at the moment asked. The statuses in the order of the lifecycle.
 */
public record WorklistCounts(Map<RequestStatus, Long> perStatus, LateCounts late) {

    public WorklistCounts {
        EnumMap<RequestStatus, Long> all = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            all.put(status, perStatus.getOrDefault(status, 0L));
        }
        perStatus = Collections.unmodifiableMap(all);
    }

    public long count(RequestStatus status) {
        return perStatus.getOrDefault(status, 0L);
    }
}
