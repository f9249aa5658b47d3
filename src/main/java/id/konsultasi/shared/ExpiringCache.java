package id.konsultasi.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What is read from the database and may be kept in memory for a while: each value for at most {@code ttl}, all of
 * them forgotten at once when the data changes ({@link #forgetAll}) or one of them ({@link #forget}). A value loaded
 * while something was forgotten is handed out but not kept, so a change is never hidden by a read that began before
 * it. Past {@code maxEntries} the cache starts afresh (a long-running instance sheds what it no longer needs). Kept
 * per instance: another instance sees a change after at most {@code ttl}.
 */
public final class ExpiringCache<K, V> {

    private record Kept<V>(V value, long until) {
    }

    private final long ttlNanos;
    private final int maxEntries;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private volatile long generation;

    public ExpiringCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The kept value of the key while fresh, else what {@code load} reads now (kept unless forgotten meanwhile). */
    public V get(K key, Supplier<V> load) {
        long now = System.nanoTime();
        Kept<V> found = kept.get(key);
        if (found != null && now - found.until() < 0) {
            return found.value();
        }
        long loadedIn = generation;
        V value = load.get();
        if (loadedIn == generation) {
            if (kept.size() >= maxEntries) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value, now + ttlNanos));
        }
        return value;
    }

    /** Forgets one key (a value being loaded meanwhile is not kept). */
    public void forget(K key) {
        generation++;
        kept.remove(key);
    }

    /** Forgets everything (a value being loaded meanwhile is not kept). */
    public void forgetAll() {
        generation++;
        kept.clear();
    }
}
