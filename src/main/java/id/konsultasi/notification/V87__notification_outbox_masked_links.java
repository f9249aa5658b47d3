package id.konsultasi.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Mails already in the outbox get their secret links masked and the tokens encrypted beside them
 * ({@link SecretLinks}); a Java migration because the encryption key lives in the application.
 */
@Component
class V87__notification_outbox_masked_links extends BaseJavaMigration {

    private final SecretLinks links;

    V87__notification_outbox_masked_links(SecretLinks links) {
        this.links = links;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE outbox_mail ADD COLUMN link_tokens_encrypted BYTEA");
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, text_body, html_body FROM outbox_mail
                WHERE text_body LIKE '%/lacak/%' OR html_body LIKE '%/lacak/%'""");
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE outbox_mail SET text_body = ?, html_body = ?, link_tokens_encrypted = ? WHERE id = ?""")) {
            select.setFetchSize(200);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    SecretLinks.Masked masked = links.mask(rows.getString(2), rows.getString(3));
                    update.setString(1, masked.textBody());
                    update.setString(2, masked.htmlBody());
                    update.setBytes(3, masked.tokens());
                    update.setLong(4, rows.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }
}
