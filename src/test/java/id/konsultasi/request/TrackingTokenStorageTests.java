package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.crypto.TrackingTokenMigration;
import id.konsultasi.shared.crypto.TrackingTokens;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tracking links are secrets: the database keeps a hash of each token for the lookup and the token only encrypted,
 * the outbox keeps the mails with their links masked, and links issued before (printed as QR codes) keep working.
 */
@IntegrationTest
class TrackingTokenStorageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DataEncryptor encryptor;
    @Autowired
    UserDetailsService users;

    /** A request and a complaint filed online, each mailed its link; returns {request token, complaint token, e-mail}. */
    String[] fileBoth() throws Exception {
        String email = "rahasia." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String receipt = mvc.perform(multipart("/kantor/buton/ajukan").file(TestFiles.file("idScan", "ktp.png", TestFiles.png()))
                        .with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", UUID.randomUUID().toString()).param("applicantType", "PERSON")
                        .param("name", "Nurul Hikmah").param("nik", "7404015708900003").param("phone", "085257048204")
                        .param("email", email).param("topic", "Pendampingan korban bencana")
                        .param("purpose", "Mengetahui prosedur").param("preferredMode", "ONLINE").param("consent", "true")
                        .param("send", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String requestToken = receipt.replaceFirst("^/lacak/", "").replaceFirst("/tanda-terima$", "");
        String complaint = mvc.perform(post("/kantor/buton/pengaduan").with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", UUID.randomUUID().toString()).param("subject", "Surat belum diterima")
                        .param("description", "Sudah lewat tiga hari kerja, surat jawaban belum juga diterima.")
                        .param("name", "Nurul Hikmah").param("email", email).param("phone", "0812 3456 7890"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String complaintToken = complaint.replaceFirst("^/lacak/pengaduan/", "");
        List<MimeMessage> mails = Mailbox.await(email, 2);
        StringBuilder received = new StringBuilder();
        for (MimeMessage mail : mails) {
            received.append(Mailbox.text(mail, "text/plain"));
        }
        assertThat(received).as("the mails carry the links in full")
                .contains("/lacak/" + requestToken, "/lacak/pengaduan/" + complaintToken);
        return new String[]{requestToken, complaintToken, email};
    }

    @Test
    void noTableHoldsATrackingTokenInClear() throws Exception {
        String[] tokens = fileBoth();
        assertThat(tokens[0]).hasSize(43);
        assertThat(tokens[1]).hasSize(43);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('character varying', 'text', 'bytea')""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0" : "position(? in \"" + name + "\") > 0";
            for (String token : List.of(tokens[0], tokens[1])) {
                Integer rows = jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" WHERE " + condition,
                        Integer.class, token);
                if (rows != null && rows > 0) {
                    found.add(table + "." + name);
                }
            }
        }
        assertThat(found).as("columns holding a tracking token in clear").isEmpty();

        mvc.perform(get("/lacak/" + tokens[0])).andExpect(status().isOk());
        mvc.perform(get("/lacak/pengaduan/" + tokens[1])).andExpect(status().isOk());
        mvc.perform(get("/lacak/" + TrackingTokens.hash(tokens[0]))).andExpect(status().isNotFound());
    }

    @Test
    void theOutboxPageShowsTheMailsWithTheirLinksMasked() throws Exception {
        String[] tokens = fileBoth();
        List<Long> ids = jdbc.queryForList("SELECT id FROM outbox_mail WHERE recipient = ? ORDER BY id", Long.class,
                tokens[2]);
        assertThat(ids).hasSize(2);
        for (long id : ids) {
            Document page = Jsoup.parse(mvc.perform(get("/admin/surel/" + id).with(Staff.as(users, "admin.buton")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.text()).contains("/lacak/").contains("\u2022\u2022\u2022\u2022")
                    .doesNotContain(tokens[0], tokens[1]);
        }
    }

    /** The migration of the requests' tokens, on a table of the old layout. */
    static class V1__old_request extends TrackingTokenMigration {

        V1__old_request(DataEncryptor encryptor) {
            super(encryptor, "old_request");
        }
    }

    /**
     * The migration on a table of the old layout (the token in clear): afterwards the lookup by the old link's
     * hash finds the row, the encrypted copy gives the link back, and the clear column is gone.
     */
    @Test
    void aLinkIssuedBeforeTheMigrationStillLeadsToItsRequest() throws Exception {
        String token = TrackingTokens.newToken();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TEMPORARY TABLE old_request (id BIGINT PRIMARY KEY,
                            tracking_token VARCHAR(64) NOT NULL UNIQUE, topic VARCHAR(100))""");
                statement.execute("INSERT INTO old_request VALUES (7, '" + token + "', 'dicetak sebagai QR')");
            }
            new V1__old_request(encryptor).migrate(connection);
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT id, tracking_token_encrypted, topic FROM old_request"
                         + " WHERE tracking_token_hash = '" + TrackingTokens.hash(token) + "'")) {
                assertThat(rows.next()).as("the old link's row, found by its hash").isTrue();
                assertThat(rows.getLong(1)).isEqualTo(7);
                assertThat(encryptor.decryptText(rows.getBytes(2))).isEqualTo(token);
                assertThat(rows.getString(3)).isEqualTo("dicetak sebagai QR");
            }
            try (var columns = connection.getMetaData().getColumns(null, null, "old_request", "tracking_token")) {
                assertThat(columns.next()).as("the clear column is dropped").isFalse();
            }
            connection.rollback();
        }
    }
}
