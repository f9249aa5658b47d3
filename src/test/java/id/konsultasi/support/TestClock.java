package id.konsultasi.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's clock in every test context: the real time until a test sets it, then the time the
 * test chose, which only the test moves. {@link IntegrationTest} puts it back to the real time after each
 * test, so that no test leaks its moment into the next.
 */
public final class TestClock extends Clock {

    /** The one clock of the test JVM, registered as the primary {@link Clock} bean of every test context. */
    public static final TestClock INSTANCE = new TestClock();

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    private TestClock() {
    }

    /** From now on the application's time is this moment, until moved or reset. */
    public TestClock set(Instant instant) {
        fixed.set(instant);
        return this;
    }

    /** The moment of the given local date and time in the given zone (an office's zone). */
    public TestClock set(LocalDateTime local, ZoneId zone) {
        return set(local.atZone(zone).toInstant());
    }

    /** Moves the chosen time forward (it must have been set). */
    public TestClock advance(Duration duration) {
        fixed.updateAndGet(now -> {
            if (now == null) {
                throw new IllegalStateException("set the test clock before moving it");
            }
            return now.plus(duration);
        });
        return this;
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Puts the clock back to the real time after each test. */
    public static final class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            INSTANCE.reset();
        }
    }
}
