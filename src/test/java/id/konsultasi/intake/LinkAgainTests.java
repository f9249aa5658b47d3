package id.konsultasi.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.konsultasi.request.Receipt;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.SqlStatements;
import id.konsultasi.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Send my link again" does the same work whether or not the receipt exists (the mail is written after the answer),
 * and mails one request's link only a few times a day, whoever asks.
 */
@IntegrationTest
class LinkAgainTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    JdbcTemplate jdbc;

    void ask(String receiptNumber, String email) throws Exception {
        mvc.perform(post("/lacak").with(csrf()).with(TestFiles.freshClient())
                        .param("receiptNumber", receiptNumber).param("email", email))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aReceiptThatExistsAndOneThatDoesNotRunTheSameStatements() throws Exception {
        String email = "sama." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Receipt receipt = journeys.submit("buton", "Wa Ode Sama", email);
        Mailbox.awaitOne(email);

        List<String> hit = SqlStatements.of(() -> ask(receipt.receiptNumber(), email));
        List<String> miss = SqlStatements.of(() -> ask("KONS/BTN/2026/" + (900000 + (int) (Math.random() * 99999)), email));
        List<String> wrongMail = SqlStatements.of(() -> ask(receipt.receiptNumber(), "orang.lain@contoh.id"));
        assertThat(hit).isNotEmpty().isEqualTo(miss).isEqualTo(wrongMail);
        // and the link still reaches the applicant, after the answer
        assertThat(Mailbox.awaitSubject(email, "Tautan pelacakan permohonan")).isNotNull();
    }

    @Test
    void oneRequestsLinkIsMailedAtMostThreeTimesADayWhoeverAsks() throws Exception {
        String email = "sering." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Receipt receipt = journeys.submit("buton", "Wa Ode Sering", email);
        Mailbox.awaitOne(email);
        for (int i = 0; i < 5; i++) {
            ask(receipt.receiptNumber(), email);
        }
        await().atMost(Duration.ofSeconds(25)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication
                where event_type like '%TrackingLinkRequested' and completion_date is null""", Integer.class) == 0);
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where request_id = ? and kind = 'TRACKING_LINK'",
                Integer.class, receipt.requestId())).isEqualTo(3);
        assertThat(Mailbox.awaitSubject(email, "Tautan pelacakan permohonan", 3)).hasSize(3);
    }
}
