package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SecondInstance;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events a listener did not finish are handed to it again by one job on one instance, not replayed by every
 * instance that starts: with two instances on one database, each outstanding event is handled once.
 */
@IntegrationTest
class EventResubmissionTests {

    static SecondInstance other;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventResubmission resubmission;

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    /** An event whose first handling fails, so that its publication stays incomplete. */
    String outstandingEvent() {
        String id = UUID.randomUUID().toString();
        CountingListener.FAIL_ONCE.add(id);
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> events.publishEvent(new CountingListener.Counted(id)));
        await().atMost(Duration.ofSeconds(10)).until(() -> CountingListener.attempts(id) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> incomplete(id));
        return id;
    }

    boolean incomplete(String id) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "and completion_date is null", Integer.class, "%" + id + "%") == 1;
    }

    @Test
    void anInstanceThatStartsDoesNotReplayTheEventsAndTheJobHandsEachToItsListenerOnce() {
        String id = outstandingEvent();

        other = SecondInstance.start();

        // starting replays nothing: the event may still be in the hands of another instance
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> CountingListener.handled(id) == 0);

        // a few minutes later both instances' jobs come round at once: one of them hands the event on, once
        TestClock.INSTANCE.set(TestClock.INSTANCE.instant().plus(Duration.ofMinutes(6)));
        IncompleteEventResubmission theOthers = other.bean(IncompleteEventResubmission.class);
        CompletableFuture.allOf(CompletableFuture.runAsync(resubmission::resubmit),
                CompletableFuture.runAsync(theOthers::resubmit)).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> CountingListener.handled(id) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !incomplete(id));
        // and a later round finds nothing to do
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> CountingListener.handled(id) == 1);
        assertThat(CountingListener.attempts(id)).isEqualTo(2);
    }
}
