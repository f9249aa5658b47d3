package id.konsultasi.shared;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events a listener has not finished (an instance stopped while handling them, a listener failed) to
 * their listeners again: every {@code konsultasi.events.resubmit-interval}, those published longer than
 * {@code konsultasi.events.resubmit-after} ago, on one instance at a time (ShedLock). Instead of Spring Modulith's
 * replay on start-up ({@code spring.modulith.events.republish-outstanding-events-on-restart}, off), with which every
 * instance that starts replays the same events, those still being handled elsewhere included.
 */
@Component
class IncompleteEventResubmission {

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventResubmission.class);

    private final IncompleteEventPublications publications;
    private final Duration minimumAge;

    IncompleteEventResubmission(IncompleteEventPublications publications,
                                @Value("${konsultasi.events.resubmit-after:5m}") Duration minimumAge) {
        this.publications = publications;
        this.minimumAge = minimumAge;
    }

    /** Held for at least 30 s, so that an instance whose round comes just after another's does not repeat it. */
    @Scheduled(fixedDelayString = "${konsultasi.events.resubmit-interval:1m}",
            initialDelayString = "${konsultasi.events.resubmit-interval:1m}")
    @SchedulerLock(name = "shared.resubmit-incomplete-events", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void resubmit() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(minimumAge);
        } catch (RuntimeException e) {
            log.error("resubmitting incomplete event publications failed; tried again at the next round", e);
        }
    }
}
