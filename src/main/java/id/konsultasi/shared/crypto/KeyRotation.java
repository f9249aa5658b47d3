package id.konsultasi.shared.crypto;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating the key of personal data. New data is encrypted with the current key ({@code konsultasi.crypto.current-key});
 * this job encrypts again, with the current key, everything still stored under another configured key, in
 * batches of its own transaction (a restart continues where it stopped: what is done no longer matches), on one
 * instance at a time. When nothing is left under an older key, it says so in the log and on the system
 * administrator's page, and the older key can be removed from the configuration. At start-up the application
 * refuses to run when data needs a key that is not configured.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    static final int BATCH = 200;

    private final DataEncryptor encryptor;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final List<EncryptedColumns.EncryptedColumn> columns;

    @Autowired
    KeyRotation(DataEncryptor encryptor, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this(encryptor, jdbc, transactionManager, EncryptedColumns.ALL);
    }

    KeyRotation(DataEncryptor encryptor, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                List<EncryptedColumns.EncryptedColumn> columns) {
        this.encryptor = encryptor;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.columns = List.copyOf(columns);
    }

    /** Where rotation stands: the current key, the keys configured, and how many values are under an older one. */
    public record Status(String currentKey, Set<String> keys, long underOlderKeys) {

        public boolean done() {
            return underOlderKeys == 0;
        }
    }

    public Status status() {
        long older = encryptor.keyIds().size() == 1 ? 0 : countByKey().entrySet().stream()
                .filter(e -> !e.getKey().equals(encryptor.currentKeyId())).mapToLong(Map.Entry::getValue).sum();
        return new Status(encryptor.currentKeyId(), encryptor.keyIds(), older);
    }

    /** How many encrypted values each key holds, over every encrypted column. */
    public Map<String, Long> countByKey() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumns.EncryptedColumn column : columns) {
            jdbc.query("SELECT " + keyIdOf(column.column()) + ", count(*) FROM " + column.table()
                            + " WHERE " + column.column() + " IS NOT NULL AND (" + column.condition() + ") GROUP BY 1",
                    row -> {
                        counts.merge(row.getString(1), row.getLong(2), Long::sum);
                    });
        }
        return counts;
    }

    /** At start-up: no data may need a key that is not configured (it could not be read). */
    public void checkKeys() {
        Map<String, Long> counts = countByKey();
        Set<String> missing = new TreeSet<>(counts.keySet());
        missing.removeAll(encryptor.keyIds());
        if (!missing.isEmpty()) {
            Map<String, Long> needed = new TreeMap<>(counts);
            needed.keySet().retainAll(missing);
            throw new IllegalStateException("Personal data is still encrypted with the key(s) " + needed
                    + " (key id = number of values), which are not configured: add them again as konsultasi.crypto.keys.<id>"
                    + " (KONSULTASI_CRYPTO_KEYS_<ID>, the first key as KONSULTASI_CRYPTO_KEY) and let the key rotation"
                    + " job finish before removing them. Configured: " + encryptor.keyIds());
        }
        if (encryptor.keyIds().size() > 1) {
            log.info("Encryption keys {}, current '{}': values per key {}", encryptor.keyIds(),
                    encryptor.currentKeyId(), counts);
        }
    }

    /** The job: while more than one key is configured, every {@code konsultasi.crypto.rotation-interval}. */
    @Scheduled(fixedDelayString = "${konsultasi.crypto.rotation-interval:10m}", initialDelayString = "${konsultasi.crypto.rotation-interval:10m}")
    @SchedulerLock(name = "shared.key-rotation", lockAtMostFor = "PT2H")
    void rotateScheduled() {
        if (encryptor.keyIds().size() > 1) {
            reencrypt();
        }
    }

    /**
     * Encrypts everything stored under an older configured key again with the current key. Returns the number of
     * values encrypted again. Values under a key that is not configured are left (the start-up check reports them).
     */
    public long reencrypt() {
        List<String> older = new ArrayList<>(encryptor.keyIds());
        older.remove(encryptor.currentKeyId());
        long done = 0;
        if (!older.isEmpty()) {
            for (EncryptedColumns.EncryptedColumn column : columns) {
                done += reencrypt(column, older);
            }
        }
        Status status = status();
        if (status.done()) {
            log.info("Key rotation: {} values encrypted again; all encrypted data is under the current key '{}'{}",
                    done, status.currentKey(), older.isEmpty() ? "" : "; the older keys " + older
                            + " may now be removed from the configuration");
        } else {
            log.warn("Key rotation: {} values encrypted again with the key '{}', {} still under older keys",
                    done, status.currentKey(), status.underOlderKeys());
        }
        return done;
    }

    private long reencrypt(EncryptedColumns.EncryptedColumn column, List<String> older) {
        String keys = String.join(", ", column.key());
        String olderIn = String.join(", ", Collections.nCopies(older.size(), "?"));
        String select = "SELECT " + keys + ", " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND (" + column.condition() + ") AND "
                + keyIdOf(column.column()) + " IN (" + olderIn + ")"
                + " AND (" + keys + ") > (" + String.join(", ", Collections.nCopies(column.key().size(), "?")) + ")"
                + " ORDER BY " + keys + " LIMIT " + BATCH;
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE (" + keys + ") = ("
                + String.join(", ", Collections.nCopies(column.key().size(), "?")) + ") AND " + column.column() + " = ?";
        Object[] after = column.key().stream().map(k -> (Object) Long.MIN_VALUE).toArray();
        long done = 0;
        while (true) {
            Object[] from = after;
            List<Object[]> batch = transactions.execute(status -> {
                List<Object[]> rows = new ArrayList<>();
                List<Object> arguments = new ArrayList<>(older);
                arguments.addAll(List.of(from));
                jdbc.query(select, row -> {
                    Object[] values = new Object[column.key().size() + 1];
                    for (int i = 0; i < column.key().size(); i++) {
                        values[i] = row.getObject(i + 1);
                    }
                    values[column.key().size()] = row.getBytes(column.key().size() + 1);
                    rows.add(values);
                }, arguments.toArray());
                for (Object[] values : rows) {
                    byte[] stored = (byte[]) values[values.length - 1];
                    Object[] arguments2 = new Object[values.length + 1];
                    arguments2[0] = encryptor.encrypt(encryptor.decrypt(stored));
                    System.arraycopy(values, 0, arguments2, 1, values.length - 1);
                    arguments2[values.length] = stored;
                    jdbc.update(update, arguments2);
                }
                return rows;
            });
            if (batch == null || batch.isEmpty()) {
                return done;
            }
            done += batch.size();
            Object[] last = batch.get(batch.size() - 1);
            after = new Object[column.key().size()];
            System.arraycopy(last, 0, after, 0, after.length);
            log.debug("Key rotation: {} values of {} encrypted again", done, column.label());
        }
    }

    /** SQL: the id of the key a stored value was encrypted with (see {@link DataEncryptor}'s two forms). */
    static String keyIdOf(String column) {
        return "(CASE get_byte(" + column + ", 0) WHEN 1 THEN '" + DataEncryptor.FIRST_KEY_ID + "' ELSE encode(substring("
                + column + " FROM 3 FOR get_byte(" + column + ", 1)), 'escape') END)";
    }

    /** The check of the keys, when the application starts (before it reports ready). */
    @Configuration(proxyBeanMethods = false)
    static class StartupCheck {

        @Bean
        ApplicationRunner encryptionKeysCheck(KeyRotation rotation) {
            return (ApplicationArguments arguments) -> rotation.checkKeys();
        }
    }
}
