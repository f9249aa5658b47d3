package id.konsultasi.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Replaces a table's clear {@code tracking_token} by its hash ({@code tracking_token_hash}, the lookup) and the
 * token encrypted ({@code tracking_token_encrypted}, to show or mail the link again): links already issued, printed
 * as QR codes on receipts, keep working. A Java migration because the encryption key lives in the application; the
 * subclass, a Spring bean named {@code V<n>__<module>_<what>}, gives the table.
 */
public abstract class TrackingTokenMigration extends BaseJavaMigration {

    private static final int BATCH = 500;

    private final DataEncryptor encryptor;
    private final String table;

    protected TrackingTokenMigration(DataEncryptor encryptor, String table) {
        this.encryptor = encryptor;
        this.table = table;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** The migration on a connection in a transaction (public for the test on a database of the old layout). */
    public void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ADD COLUMN tracking_token_hash VARCHAR(64),"
                    + " ADD COLUMN tracking_token_encrypted BYTEA");
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, tracking_token FROM " + table);
             PreparedStatement update = connection.prepareStatement("UPDATE " + table
                     + " SET tracking_token_hash = ?, tracking_token_encrypted = ? WHERE id = ?")) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String token = rows.getString(2);
                    update.setString(1, TrackingTokens.hash(token));
                    update.setBytes(2, encryptor.encryptText(token));
                    update.setLong(3, rows.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN tracking_token_hash SET NOT NULL,"
                    + " ADD CONSTRAINT " + table + "_tracking_token_hash_key UNIQUE (tracking_token_hash),"
                    + " DROP COLUMN tracking_token");
        }
    }
}
