package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A limit per window of time, counted in PostgreSQL; a new window starts afresh, and ended windows are deleted. */
@IntegrationTest
class RateLimitsTests {

    @Autowired
    RateLimits limits;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLimitHoldsInItsWindowAndTheNextWindowStartsAfreshAndEndedWindowsGo() {
        String bucket = "uji:" + UUID.randomUUID();
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 5, 4, 10, 59), ZoneOffset.UTC);
        assertThat(limits.tryAcquire(bucket, 2, Duration.ofHours(1))).isTrue();
        assertThat(limits.tryAcquire(bucket, 2, Duration.ofHours(1))).isTrue();
        assertThat(limits.tryAcquire(bucket, 2, Duration.ofHours(1))).isFalse();
        TestClock.INSTANCE.advance(Duration.ofMinutes(1));
        assertThat(limits.tryAcquire(bucket, 2, Duration.ofHours(1))).isTrue();
        assertThat(rows(bucket)).isEqualTo(2);

        // the job deletes windows that ended over a day ago, not the current one's neighbours
        TestClock.INSTANCE.advance(Duration.ofHours(24).plusMinutes(30));
        limits.deleteEndedWindows();
        assertThat(rows(bucket)).isEqualTo(1);
        TestClock.INSTANCE.advance(Duration.ofHours(1));
        limits.deleteEndedWindows();
        assertThat(rows(bucket)).isZero();
    }

    int rows(String bucket) {
        return jdbc.queryForObject("select count(*) from rate_limit_window where bucket = ?", Integer.class, bucket);
    }
}
