package id.konsultasi.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rotating the key of personal data on the real tables: data written under key A is read after key B became the
 * current one, the job encrypts all of it again under B, after which A can be removed and everything is read
 * still; a key that data still needs cannot be removed (the application does not start).
 */
@IntegrationTest
class KeyRotationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataEncryptor applicationEncryptor;
    @Autowired
    KeyRotation applicationRotation;
    @Autowired
    Offices offices;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    static SecretKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    @Test
    void dataUnderTheOldKeyIsReadThenEncryptedAgainUnderTheNewOneAndTheOldKeyCanGo() {
        SecretKey a = randomKey();
        SecretKey b = randomKey();
        DataEncryptor onlyA = new DataEncryptor(Map.of("a", a), "a");
        DataEncryptor bothWithB = new DataEncryptor(Map.of("a", a, "b", b), "b");
        DataEncryptor onlyB = new DataEncryptor(Map.of("b", b), "b");
        String formKey = "rotasi-" + UUID.randomUUID();
        long office = offices.findByCode("buton").orElseThrow().getId();
        List<String> contents = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String content = "pindaian " + i + " " + UUID.randomUUID();
                contents.add(content);
                jdbc.update("""
                        INSERT INTO kept_upload (form, form_key, field, filename, content_type, size_bytes, ciphertext, created_at)
                        VALUES ('intake.request', ?, ?, 'ktp.png', 'image/png', 10, ?, ?)""", formKey, "field" + i,
                        onlyA.encryptText(content), Timestamp.from(TestClock.INSTANCE.instant()));
            }
            String scan = "surat " + UUID.randomUUID();
            contents.add(scan);
            jdbc.update("""
                    INSERT INTO kept_upload (form, office_id, form_key, field, filename, content_type, size_bytes, ciphertext, created_at)
                    VALUES ('desk.letter', ?, ?, 'scan', 'surat.pdf', 'application/pdf', 10, ?, ?)""", office, formKey,
                    onlyA.encryptText(scan), Timestamp.from(TestClock.INSTANCE.instant()));

            // B becomes the current key, A stays configured: everything is read, new data goes under B
            assertThat(stored(formKey).stream().map(bothWithB::decryptText).toList()).containsExactlyInAnyOrderElementsOf(contents);
            assertThat(DataEncryptor.keyIdOf(bothWithB.encryptText("baru"))).isEqualTo("b");
            KeyRotation rotation = new KeyRotation(bothWithB, jdbc, transactionManager);
            assertThat(rotation.countByKey()).containsEntry("a", 4L);

            assertThat(rotation.reencrypt()).isEqualTo(4);
            assertThat(rotation.countByKey()).doesNotContainKey("a").containsEntry("b", 4L);
            assertThat(stored(formKey)).allSatisfy(value -> assertThat(DataEncryptor.keyIdOf(value)).isEqualTo("b"));
            assertThat(rotation.reencrypt()).as("nothing left, a second run changes nothing").isZero();

            // A removed: everything is still read
            assertThat(stored(formKey).stream().map(onlyB::decryptText).toList()).containsExactlyInAnyOrderElementsOf(contents);

            // the application's own key does not know B: it would not start on this data
            assertThatThrownBy(() -> new KeyRotation(applicationEncryptor, jdbc, transactionManager).checkKeys())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("b=4").hasMessageContaining("not configured");
        } finally {
            jdbc.update("DELETE FROM kept_upload WHERE form_key = ?", formKey);
        }
        applicationRotation.checkKeys();
    }

    private List<byte[]> stored(String formKey) {
        return new ArrayList<>(jdbc.queryForList("SELECT ciphertext FROM kept_upload WHERE form_key = ?",
                byte[].class, formKey));
    }

    @Test
    void everyBinaryColumnIsEitherRotatedOrKnownToBePlain() {
        List<String> columns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'bytea'""", String.class);
        List<String> known = new ArrayList<>(EncryptedColumns.PLAIN);
        EncryptedColumns.ALL.forEach(column -> known.add(column.label()));
        assertThat(known).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    void theApplicationsDataIsUnderItsKeyAndTheSystemAdministratorSeesIt() throws Exception {
        assertThat(applicationRotation.countByKey().keySet()).isSubsetOf(applicationEncryptor.keyIds());
        KeyRotation.Status status = applicationRotation.status();
        assertThat(status.done()).isTrue();
        String page = mvc.perform(get("/sistem/kantor").with(Staff.as(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("#key-status").text())
                .contains("Semua data terenkripsi dengan kunci saat ini (" + status.currentKey() + ")");
    }
}
