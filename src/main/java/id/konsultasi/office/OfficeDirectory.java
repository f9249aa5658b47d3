package id.konsultasi.office;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import id.konsultasi.shared.ExpiringCache;

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

    private final Offices offices;
    private final TransactionTemplate reading;
    /** calendars are kept per day: a long-running instance sheds old days past 10,000 entries */
    private final ExpiringCache<String, Object> kept;

    OfficeDirectory(Offices offices, PlatformTransactionManager transactions,
                    @Value("${konsultasi.office.cache-ttl:30s}") Duration ttl) {
        this.offices = offices;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.kept = new ExpiringCache<>(ttl, 10_000);
    }

    /** The whole standard of an office, loaded, safe to use after the transaction. */
    public ServiceStandard.Revision standard(long officeId) {
        return keep("standard:" + officeId, () -> offices.require(officeId).getStandard().toRevision());
    }

    /** The standard as stored now, not from memory: what an administrator edits. */
    public ServiceStandard.Revision storedStandard(long officeId) {
        return reading.execute(status -> offices.require(officeId).getStandard().toRevision());
    }

    /** The internal components of an office's standard as stored now (they are on no public page). */
    public InternalComponents storedInternalComponents(long officeId) {
        return reading.execute(status -> offices.require(officeId).internalComponents());
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
        kept.forgetAll();
    }

    /** What is read from the office's data (e.g. its calendar), kept and forgotten as the office is. */
    @SuppressWarnings("unchecked")
    <T> T keep(String key, Supplier<T> load) {
        return (T) kept.get(key, () -> reading.execute(status -> load.get()));
    }
}
