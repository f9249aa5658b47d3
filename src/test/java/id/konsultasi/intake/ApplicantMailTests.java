package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import id.konsultasi.notification.MailDetail;
import id.konsultasi.notification.MailStatus;
import id.konsultasi.notification.OutboxAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's mailbox (a real SMTP server): the receipt with its PDF, the incomplete notice, the link again. */
@IntegrationTest
class ApplicantMailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    OutboxAdministration outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    ConsultationRequest submitOnline(String email) throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(multipart("/kantor/buton/ajukan").file(TestFiles.file("idScan", "ktp.png", TestFiles.png()))
                        .with(csrf()).with(TestFiles.freshClient())
                        .param("formKey", key).param("applicantType", "PERSON").param("name", "Nurul Hikmah")
                        .param("nik", "7404015708900003").param("phone", "085257048204").param("email", email)
                        .param("topic", "Pendampingan korban bencana").param("purpose", "Mengetahui prosedur")
                        .param("preferredMode", "ONLINE").param("consent", "true").param("send", "true"))
                .andExpect(status().is3xxRedirection());
        return requests.findByOfficeIdAndIdempotencyKey(offices.findByCode("buton").orElseThrow().getId(), key)
                .orElseThrow();
    }

    @Test
    void theApplicantReceivesTheReceiptWithTextHtmlTheLinkAndThePdf() throws Exception {
        String email = "nurul." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest r = submitOnline(email);
        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(Mailbox.subject(mail)).isEqualTo("Tanda terima permohonan konsultasi " + r.getReceiptNumber());
        String text = Mailbox.text(mail, "text/plain");
        assertThat(text).contains("Yth. Nurul Hikmah,", r.getReceiptNumber(), "WITA",
                "/lacak/" + r.getTrackingToken(), "Surat jawaban kami sampaikan paling lambat");
        assertThat(Mailbox.text(mail, "text/html")).contains("href=\"http://localhost:8080/lacak/" + r.getTrackingToken() + "\"");
        byte[] pdf = Mailbox.attachment(mail, "application/pdf");
        assertThat(Mailbox.attachmentName(mail, "application/pdf")).isEqualTo(
                "tanda-terima-" + r.getReceiptNumber().replace('/', '-') + ".pdf");
        assertThat(Pdfs.text(pdf)).contains(r.getReceiptNumber(), "Nurul Hikmah", "Pendampingan korban bencana");
    }

    /**
     * The receipt's PDF (costly to render) is made when its mail is sent, not while the applicant waits for the
     * receipt page; the outbox says so until then, and keeps the file once made.
     */
    @Test
    void theReceiptPdfIsMadeWhenTheMailIsSentNotWhileTheApplicantWaits() throws Exception {
        String email = "nanti." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        var admin = Staff.principal(users, "admin.buton");
        ConsultationRequest r;
        MailDetail waiting;
        await().until(() -> jdbc.queryForObject("select count(*) from shedlock where name = 'notification.outbox-sender'",
                Integer.class) == 1);
        try (Connection otherInstance = dataSource.getConnection()) {
            // another instance holds the sender's scheduler lock: nothing is sent meanwhile
            otherInstance.setAutoCommit(false);
            try (Statement lock = otherInstance.createStatement();
                 ResultSet row = lock.executeQuery(
                         "select * from shedlock where name = 'notification.outbox-sender' for update")) {
                row.next();
            }
            try {
                ConsultationRequest submitted = submitOnline(email);
                await().atMost(Duration.ofSeconds(15)).until(() -> !receiptMails(submitted.getId()).isEmpty());
                waiting = outbox.require(admin, receiptMails(submitted.getId()).get(0));
                r = submitted;
            } finally {
                otherInstance.rollback();
            }
        }
        assertThat(waiting.attachments()).hasSize(1);
        assertThat(waiting.attachments().get(0).filename()).isEqualTo(
                "tanda-terima-" + r.getReceiptNumber().replace('/', '-') + ".pdf");
        assertThat(waiting.attachments().get(0).size()).as("not made yet").isNull();

        byte[] pdf = Mailbox.attachment(Mailbox.awaitOne(email), "application/pdf");
        assertThat(Pdfs.text(pdf)).contains(r.getReceiptNumber(), "Nurul Hikmah");
        // the SMTP server has the mail before the outbox's transaction that records it sent has committed
        MailDetail sent = await().until(() -> outbox.require(admin, receiptMails(r.getId()).get(0)),
                mail -> mail.status() == MailStatus.SENT);
        assertThat(sent.attachments().get(0).size()).isEqualTo(pdf.length);
    }

    List<Long> receiptMails(long requestId) {
        return jdbc.queryForList("select id from outbox_mail where request_id = ? and kind = 'RECEIPT'", Long.class,
                requestId);
    }

    @Test
    void anIncompleteFileIsToldToTheApplicantWithWhatIsMissing() throws Exception {
        String email = "lengkap." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest r = submitOnline(email);
        Mailbox.awaitOne(email);
        mvc.perform(post("/staf/permohonan/" + r.getId() + "/belum-lengkap").with(csrf())
                        .with(Staff.as(users, "sekretariat.buton"))
                        .param("version", String.valueOf(requests.findById(r.getId()).orElseThrow().getVersion()))
                        .param("reason", "Surat permohonan belum ditandatangani"))
                .andExpect(status().is3xxRedirection());
        var mails = Mailbox.await(email, 2);
        assertThat(mails).hasSize(2);
        MimeMessage notice = mails.get(1);
        assertThat(Mailbox.subject(notice)).isEqualTo("Berkas permohonan " + r.getReceiptNumber() + " perlu dilengkapi");
        assertThat(Mailbox.text(notice, "text/plain")).contains("Surat permohonan belum ditandatangani",
                "/lacak/" + r.getTrackingToken());
    }

    @Test
    void theLinkIsMailedAgainOnlyWhenReceiptNumberAndAddressMatch() throws Exception {
        String email = "link." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        ConsultationRequest r = submitOnline(email);
        Mailbox.awaitOne(email);
        mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                .param("receiptNumber", r.getReceiptNumber()).param("email", "orang.lain@contoh.id"));
        mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                .param("receiptNumber", r.getReceiptNumber().toLowerCase()).param("email", email.toUpperCase()));
        var mails = Mailbox.await(email, 2);
        assertThat(mails).hasSize(2);
        assertThat(Mailbox.subject(mails.get(1))).isEqualTo("Tautan pelacakan permohonan " + r.getReceiptNumber());
        assertThat(Mailbox.text(mails.get(1), "text/plain")).contains("/lacak/" + r.getTrackingToken());
        assertThat(Mailbox.to("orang.lain@contoh.id")).noneMatch(m -> Mailbox.subject(m).contains(r.getReceiptNumber()));
    }
}
