package id.konsultasi.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import id.konsultasi.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V96 on a database that still has the two old stores: their rows, ciphertext untouched, move into the one table
 * (the request form's under its fields, the desk's letter scans under "scan" with their office), and the old tables
 * are gone. Runs the migrations in a schema of its own.
 */
@IntegrationTest
class KeptUploadMigrationTests {

    private static final String SCHEMA = "v96_kept_upload_check";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRowsOfBothOldTablesMoveIntoTheOneTable() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        try {
            migrate("95");
            long office = 7;
            // the old table's reference to the office (no office exists in this schema)
            jdbc.execute("ALTER TABLE " + SCHEMA + ".desk_kept_scan DROP CONSTRAINT desk_kept_scan_office_id_fkey");
            jdbc.update("INSERT INTO " + SCHEMA + ".pending_upload (form_key, field, filename, content_type, size_bytes,"
                    + " ciphertext, created_at) VALUES ('k1', 'idScan', 'ktp.png', 'image/png', 3, '\\x010203', now())");
            jdbc.update("INSERT INTO " + SCHEMA + ".desk_kept_scan (office_id, form_key, filename, content_type,"
                    + " size_bytes, ciphertext, created_at) VALUES (?, 'k2', 'surat.pdf', 'application/pdf', 2,"
                    + " '\\x0405', now())", office);

            migrate("96");

            List<Map<String, Object>> rows = jdbc.queryForList("SELECT form, office_id, form_key, field, filename,"
                    + " encode(ciphertext, 'hex') AS hex FROM " + SCHEMA + ".kept_upload ORDER BY form_key");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).containsEntry("form", "intake.request").containsEntry("office_id", null)
                    .containsEntry("field", "idScan").containsEntry("filename", "ktp.png").containsEntry("hex", "010203");
            assertThat(rows.get(1)).containsEntry("form", "desk.letter").containsEntry("office_id", office)
                    .containsEntry("field", "scan").containsEntry("filename", "surat.pdf").containsEntry("hex", "0405");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name IN ('pending_upload', 'desk_kept_scan')", Long.class, SCHEMA)).isZero();
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .outOfOrder(true).target(target).load().migrate();
    }
}
