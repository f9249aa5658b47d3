package id.konsultasi.request;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, the NIK and scans of requests finished longer ago than the retention period are deleted. */
@Component
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final ConsultationRequests requests;
    private final RequestService service;
    private final PrivacyProperties properties;
    private final Clock clock;

    PersonalDataRetention(ConsultationRequests requests, RequestService service, PrivacyProperties properties,
                          Clock clock) {
        this.requests = requests;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 1 * * *")
    @SchedulerLock(name = "personal-data-retention", lockAtMostFor = "PT1H")
    public void purgeExpired() {
        int purged = 0;
        List<Long> batch;
        do {
            batch = requests.personalDataExpired(clock.instant().minus(Duration.ofDays(properties.retentionDays())),
                    PageRequest.of(0, 200));
            batch.forEach(service::purgePersonalData);
            purged += batch.size();
        } while (batch.size() == 200);
        if (purged > 0) {
            log.info("Deleted the personal data of {} finished requests past the retention period", purged);
        }
    }
}
