package id.konsultasi.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Only in tests, in every application context of the test JVM (the shared one and a {@code SecondInstance}): counts
 * how often each {@link Counted} event was handled to the end, across instances, and fails the first attempt of
 * those asked to, which leaves their publication incomplete as a crash would.
 */
@Component
class CountingListener {

    /** An event of the tests. */
    record Counted(String id) {
    }

    static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    static final Set<String> FAIL_ONCE = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(Counted event) {
        ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (FAIL_ONCE.remove(event.id())) {
            throw new IllegalStateException("the first attempt fails, as if the instance had stopped");
        }
        HANDLED.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    static int handled(String id) {
        AtomicInteger count = HANDLED.get(id);
        return count == null ? 0 : count.get();
    }

    static int attempts(String id) {
        AtomicInteger count = ATTEMPTS.get(id);
        return count == null ? 0 : count.get();
    }
}
