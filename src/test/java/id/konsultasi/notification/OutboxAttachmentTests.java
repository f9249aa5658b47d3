package id.konsultasi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import id.konsultasi.office.Offices;
import id.konsultasi.request.PersonalDataRetention;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files attached to mails (the handed-over documents of a closing letter, letters, receipts) are personal data: never
 * in clear in the database, gone from it once the mail is sent (its name and size stay for the outbox page), and
 * what was never sent goes with the request's personal data after the retention period.
 */
@IntegrationTest
class OutboxAttachmentTests {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Offices offices;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    RequestService requestService;
    @Autowired
    PersonalDataRetention retention;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    static byte[] handedOver(String marker) {
        return ("Data serah terima untuk pemohon: " + marker + " NIK 7404015708900003").getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        return haystack != null && new String(haystack, StandardCharsets.ISO_8859_1)
                .contains(new String(needle, StandardCharsets.ISO_8859_1));
    }

    List<byte[]> stored(long mailId) {
        return jdbc.query("select content from outbox_attachment where mail_id = ?", (rs, i) -> rs.getBytes(1), mailId);
    }

    @Test
    void anAttachmentIsStoredEncryptedSentReadableAndDroppedOnceSent() throws Exception {
        String marker = "berkas-" + UUID.randomUUID();
        String email = "serah." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        long buton = offices.findByCode("buton").orElseThrow().getId();
        byte[] file = handedOver(marker);
        long id = new TransactionTemplate(transactionManager).execute(status -> {
            long mailId = outbox.enqueue(new OutgoingMail(buton, null, "CLOSING_LETTER", email, "Surat hasil " + marker,
                    "Isi.", null, List.of(new OutgoingMail.Attachment("data-serah-terima.txt", "text/plain", file))));
            // as queued, before the sender can see it
            assertThat(stored(mailId)).hasSize(1).allSatisfy(content -> {
                assertThat(content).isNotNull();
                assertThat(contains(content, marker.getBytes(StandardCharsets.UTF_8))).as("in clear").isFalse();
            });
            return mailId;
        });

        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(Mailbox.attachment(mail, "text/plain")).isEqualTo(file);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(id).stream().allMatch(content -> content == null));
        assertThat(jdbc.queryForObject("select size from outbox_attachment where mail_id = ?", Long.class, id))
                .isEqualTo(file.length);
        String page = mvc.perform(get("/admin/surel/" + id).with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-serah-terima.txt");
    }

    @Test
    void whatWasNeverSentIsDeletedWithTheRequestsPersonalData() {
        String marker = "tak-terkirim-" + UUID.randomUUID();
        Receipt receipt = journeys.submit("buton", "Pemohon Retensi", "retensi." + UUID.randomUUID() + "@contoh.id");
        long buton = offices.findByCode("buton").orElseThrow().getId();
        // an address the SMTP server never accepts: the mail fails for good and keeps its file
        long id = outbox.enqueue(new OutgoingMail(buton, receipt.requestId(), "CLOSING_LETTER", "bukan alamat surel",
                "Surat hasil " + marker, "Isi.", null,
                List.of(new OutgoingMail.Attachment("data.txt", "text/plain", handedOver(marker)))));
        sender.sendDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(
                jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, id)));
        assertThat(stored(id)).allSatisfy(content -> assertThat(content).isNotNull());

        requestService.cancelByApplicant(receipt.trackingToken(), "tidak jadi");
        jdbc.update("update consultation_request set closed_at = ? where id = ?",
                OffsetDateTime.ofInstant(TestClock.INSTANCE.instant().minus(Duration.ofDays(800)), ZoneOffset.UTC), receipt.requestId());
        retention.purgeExpired();

        await().atMost(Duration.ofSeconds(10)).until(() -> stored(id).stream().allMatch(content -> content == null));
        assertThat(jdbc.queryForObject("select count(*) from outbox_attachment where mail_id = ?", Integer.class, id))
                .as("the name and size stay").isEqualTo(1);
    }
}
