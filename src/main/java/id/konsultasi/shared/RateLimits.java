package id.konsultasi.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits that hold across every instance of the application: how often one thing (a client address, a receipt
 * number) may do something per window of time. The count of a window lives in PostgreSQL (table
 * {@code rate_limit_window}) and is raised by one atomic upsert, so that two instances behind a load balancer allow
 * the limit once, not once each. Windows are fixed (an hour from the full hour, a day from midnight UTC); rows of
 * windows long over are deleted by a job.
 */
@Component
public class RateLimits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RateLimits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one more use of {@code bucket} in the current window of the given length and tells whether it is
     * still within {@code limit}. A use beyond the limit is counted too (it changes nothing: the window is full).
     * One statement, atomic on its own: call it outside a transaction, so that no row lock waits for a commit.
     */
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        Instant now = clock.instant();
        long length = window.toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
        Integer hits = jdbc.queryForObject("""
                insert into rate_limit_window (bucket, window_start, expires_at, hits) values (?, ?, ?, 1)
                on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
                returning hits""", Integer.class, bucket, Timestamp.from(start), Timestamp.from(start.plus(window)));
        return hits != null && hits <= limit;
    }

    /** Deletes the windows that ended more than a day ago (one instance at a time). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT10M")
    public void deleteEndedWindows() {
        jdbc.update("delete from rate_limit_window where expires_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }
}
