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
 * The application's clock in every test context. Until a test sets it, it reads {@link #START} (a Wednesday
 * morning in Jakarta, a working day with no holiday within two weeks) plus the time the test JVM has run: a
 * test that does not choose its moment behaves the same on a Saturday night as on a Tuesday morning, and time
 * still passes for what measures it (rate limits, throttles). Once a test sets it, it reads the time the test
 * chose, which only the test moves. {@link IntegrationTest} puts it back after each test, so that no test
 * leaks its moment into the next. The wall clock is read nowhere (Spring Session's own stamp excepted).
 */
public final class TestClock extends Clock {

    /** The one clock of the test JVM, registered as the primary {@link Clock} bean of every test context. */
    public static final TestClock INSTANCE = new TestClock();

    /** The moment every test JVM starts at: Wednesday 11 November 2026, 09.00 WIB. */
    public static final Instant START = LocalDateTime.of(2026, 11, 11, 9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();

    private final long startedNanos = System.nanoTime();
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

    /** Back to the ticking default: {@link #START} plus the time this JVM has run. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : START.plusNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Puts the clock back to its ticking default after each test. */
    public static final class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            INSTANCE.reset();
        }
    }
}
