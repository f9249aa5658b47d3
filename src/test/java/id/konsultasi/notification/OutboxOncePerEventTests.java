package id.konsultasi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import id.konsultasi.request.Channel;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestSubmitted;
import id.konsultasi.request.TrackingLinkRequested;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.RequestJourneys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Queueing a mail is idempotent per event, recipient and kind: an event handled a second time (its publication
 * left incomplete by a crash after the mail was queued, and resubmitted) queues no second mail, and the applicant
 * receives one.
 */
@IntegrationTest
class OutboxOncePerEventTests {

    @Autowired
    RequestJourneys journeys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications publications;
    @Autowired
    OutboxSender sender;

    /** The publication of the request's RequestSubmitted to the listener that mails the receipt. */
    static final String RECEIPT_PUBLICATION = """
            from event_publication where event_type = 'id.konsultasi.request.RequestSubmitted'
            and listener_id like '%ApplicantMails%' and serialized_event like ?""";

    @Test
    void aReceiptEventHandledTwiceQueuesAndSendsOneMail() throws Exception {
        String email = "sekali." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Receipt receipt = journeys.submit("buton", "Pemohon Sekali", email);
        Mailbox.awaitOne(email);
        String event = "%\"requestId\":" + receipt.requestId() + ",%";
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) " + RECEIPT_PUBLICATION + " and completion_date is not null", Integer.class, event) == 1);

        // the instance stopped after the mail was queued, before the publication was marked complete
        jdbc.update("update event_publication set completion_date = null, status = 'PROCESSING' where id = (select id "
                + RECEIPT_PUBLICATION + ")", event);
        publications.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RequestSubmitted
                submitted && submitted.requestId() == receipt.requestId());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) " + RECEIPT_PUBLICATION + " and completion_date is not null", Integer.class, event) == 1);
        sender.sendDue();

        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where request_id = ? and kind = 'RECEIPT'",
                Integer.class, receipt.requestId())).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> Mailbox.to(email).size() == 1);
    }

    @Test
    void anEventReadBackIsTheSameEventAndTwoLinkRequestsAreTwoEvents() {
        OutgoingMail mail = new OutgoingMail(null, null, "TEST", "pemohon@contoh.id", "Subjek", "Isi.", null, null);
        assertThat(mail.causedBy(new RequestSubmitted(1, 2, Channel.ONLINE)).eventKey())
                .isEqualTo(mail.causedBy(new RequestSubmitted(1, 2, Channel.ONLINE)).eventKey())
                .isNotEqualTo(mail.causedBy(new RequestSubmitted(3, 2, Channel.ONLINE)).eventKey());
        // the applicant asks for the link twice: two mails
        assertThat(mail.causedBy(new TrackingLinkRequested(java.util.List.of(1L))).eventKey())
                .isNotEqualTo(mail.causedBy(new TrackingLinkRequested(java.util.List.of(1L))).eventKey());
    }
}
