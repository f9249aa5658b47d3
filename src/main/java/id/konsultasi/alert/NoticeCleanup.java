package id.konsultasi.alert;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notifications are kept 90 days ({@code konsultasi.alert.keep}); an hourly job deletes older ones. */
@Component
class NoticeCleanup {

    private static final Logger log = LoggerFactory.getLogger(NoticeCleanup.class);

    private final StaffNotifications notifications;
    private final AlertProperties properties;
    private final Clock clock;

    NoticeCleanup(StaffNotifications notifications, AlertProperties properties, Clock clock) {
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "staff-notification-cleanup", lockAtMostFor = "PT30M")
    @Transactional
    public void deleteOld() {
        int deleted = notifications.deleteCreatedBefore(clock.instant().minus(properties.keep()));
        if (deleted > 0) {
            log.info("{} staff notifications older than {} deleted", deleted, properties.keep());
        }
    }
}
