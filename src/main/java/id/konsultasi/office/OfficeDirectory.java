package id.konsultasi.office;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read access to offices and their standards for other modules and pages, detached from the session.
 * <p>
 * An office's profile and standard change a few times a year and are read on every public page, so they are kept
 * in memory: a change made on this instance is seen by the next view (the memory is emptied when the change
 * commits, see {@link OfficeChanges}), one made on another instance after at most {@code konsultasi.office.cache-ttl}
 * (30 s). The offices handed out are detached copies shared between requests: read them, never change them (the
 * administration changes offices through {@link Offices}).
 */
@Service
public class OfficeDirectory {

    private record Kept<T>(T value, long until) {
    }

    private final Offices offices;
    private final TransactionTemplate reading;
    private final long ttlNanos;
    private final Map<Object, Kept<?>> kept = new ConcurrentHashMap<>();
    private volatile long generation;

    OfficeDirectory(Offices offices, PlatformTransactionManager transactions,
                    @Value("${konsultasi.office.cache-ttl:30s}") Duration ttl) {
        this.offices = offices;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.ttlNanos = ttl.toNanos();
    }

    /** The whole standard of an office, loaded, safe to use after the transaction. */
    public ServiceStandard.Revision standard(long officeId) {
        return keep("standard:" + officeId, () -> offices.require(officeId).getStandard().toRevision());
    }

    /** The standard as stored now, not from memory: what an administrator edits. */
    public ServiceStandard.Revision storedStandard(long officeId) {
        return reading.execute(status -> offices.require(officeId).getStandard().toRevision());
    }

    public Optional<Office> activeByCode(String code) {
        return keep("active:" + code, () -> offices.findByCodeAndActiveTrue(code));
    }

    /** An office by its id (a 404 when there is none). */
    public Office office(long officeId) {
        return keep("office:" + officeId, () -> offices.require(officeId));
    }

    /** The active offices by name, as the home page lists them. */
    public List<Office> activeOffices() {
        return keep("active", () -> List.copyOf(offices.findByActiveTrueOrderByName()));
    }

    /** Forgets everything once the current transaction commits (at once without one). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
        forget();
    }

    private void forget() {
        generation++;
        kept.clear();
    }

    /** What is read from the office's data (e.g. its calendar), kept and forgotten as the office is. */
    @SuppressWarnings("unchecked")
    <T> T keep(String key, Supplier<T> load) {
        long now = System.nanoTime();
        Kept<?> found = kept.get(key);
        if (found != null && now - found.until() < 0) {
            return (T) found.value();
        }
        long loadedIn = generation;
        T value = reading.execute(status -> load.get());
        if (loadedIn == generation) { // not changed meanwhile: what was read may be kept
            if (kept.size() > 10_000) { // calendars are kept per day: a long-running instance sheds old days
                kept.clear();
            }
            kept.put(key, new Kept<>(value, now + ttlNanos));
        }
        return value;
    }
}
