package id.konsultasi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against the real PostgreSQL and a real SMTP server (GreenMail): what arrives, what happens
 * while the SMTP server is down, and that two senders never send one mail twice. The sender job runs in
 * the background all along, so every test waits for its own mail (unique subjects) rather than for one
 * particular round.
 */
@IntegrationTest
class OutboxTests {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMails mails;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;

    static String unique(String what) {
        return what + " " + UUID.randomUUID();
    }

    long babel() {
        return offices.findByCode("babel").orElseThrow().getId();
    }

    OutgoingMail plain(String subject) {
        return new OutgoingMail(babel(), null, "TEST", "pemohon@contoh.id", subject, "Isi surel uji.", null, null);
    }

    OutboxMail reload(long id) {
        return mails.findById(id).orElseThrow();
    }

    OutboxMail await(long id, Predicate<OutboxMail> condition) throws InterruptedException {
        return Mailbox.waitFor(() -> reload(id), condition);
    }

    static List<MimeMessage> received(String subject) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> awaitReceived(String subject) throws InterruptedException {
        return Mailbox.waitFor(() -> received(subject), mails -> !mails.isEmpty());
    }

    /** Lets the clock pass the mail's next attempt time. */
    void makeDue(long id) {
        jdbc.update("update outbox_mail set next_attempt_at = ? where id = ? and status = 'PENDING'",
                OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), ZoneOffset.UTC), id);
    }

    static void leaves(Part part, List<Part> into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                into.add(child);
                leaves(child, into);
            }
        }
    }

    @Test
    void aMailWithHtmlAndAPdfArrivesAsTextAndHtmlAlternativesWithTheAttachment() throws Exception {
        String subject = unique("Tanda terima permohonan \u2014 Dinsos");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes();
        long id = outbox.enqueue(new OutgoingMail(babel(), 4711L, "RECEIPT", "pemohon.satu@contoh.id", subject,
                "Permohonan Anda telah kami terima.", "<p>Permohonan Anda telah <strong>kami terima</strong>.</p>",
                List.of(new OutgoingMail.Attachment("tanda-terima.pdf", "application/pdf", pdf))));

        sender.sendDue();

        List<MimeMessage> arrived = awaitReceived(subject);
        assertThat(arrived).hasSize(1);
        MimeMessage message = arrived.get(0);
        assertThat(message.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("pemohon.satu@contoh.id");
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@konsultasi.local");
        assertThat(from.getPersonal()).isEqualTo("Layanan Konsultasi");
        assertThat(message.isMimeType("multipart/mixed")).isTrue();

        List<Part> parts = new ArrayList<>();
        leaves(message, parts);
        assertThat(parts).anyMatch(p -> is(p, "multipart/alternative"));
        Part text = parts.stream().filter(p -> is(p, "text/plain")).findFirst().orElseThrow();
        Part html = parts.stream().filter(p -> is(p, "text/html")).findFirst().orElseThrow();
        assertThat(((String) text.getContent()).strip()).isEqualTo("Permohonan Anda telah kami terima.");
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) html.getContent()).contains("<strong>kami terima</strong>");
        Part attachment = parts.stream().filter(p -> is(p, "application/pdf")).findFirst().orElseThrow();
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("tanda-terima.pdf");
        try (InputStream in = attachment.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        OutboxMail mail = await(id, m -> m.getStatus() == MailStatus.SENT);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isNotNull();
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getRequestId()).isEqualTo(4711L);
        assertThat(mail.getKind()).isEqualTo("RECEIPT");
    }

    @Test
    void quotesSemicolonsBackslashesLineBreaksAndEmojiInTheSubjectAndFileNamesArriveAsWritten() throws Exception {
        String name = "Andi \"Ucok\" Siregar, S.Sos; \\ ✓ 😀";
        String subject = unique("Pemohon sudah datang: " + name);
        String longName = "berkas \"serah terima\"; RT\\RW, " + "sangat panjang ".repeat(6) + "✓ 😀.pdf";
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        long id = outbox.enqueue(new OutgoingMail(babel(), null, "TEST", "pemohon.dua@contoh.id", subject,
                "Isi.", null, List.of(
                        new OutgoingMail.Attachment("catatan \"rapat\";\r\nBcc: x@y.z.pdf", "application/pdf", pdf),
                        new OutgoingMail.Attachment(longName, "application/pdf", pdf))));

        sender.sendDue();

        List<MimeMessage> arrived = awaitReceived(subject);
        assertThat(arrived).as("arrived with the subject as written").hasSize(1);
        List<Part> parts = new ArrayList<>();
        leaves(arrived.get(0), parts);
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
            }
        }
        // a line break would start a header of its own: it becomes a space
        assertThat(names).containsExactly("catatan \"rapat\"; Bcc: x@y.z.pdf", longName);
        assertThat(arrived.get(0).getHeader("Bcc")).isNull();
        assertThat(reload(id).getStatus()).isEqualTo(MailStatus.SENT);
    }

    static boolean is(Part part, String mimeType) {
        try {
            return part.isMimeType(mimeType);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPlainMailIsSentAsPlainText() throws Exception {
        String subject = unique("Pengingat");
        outbox.enqueue(plain(subject));
        sender.sendDue();
        MimeMessage message = awaitReceived(subject).get(0);
        assertThat(message.isMimeType("text/plain")).isTrue();
        assertThat(((String) message.getContent()).strip()).isEqualTo("Isi surel uji.");
    }

    @Test
    void whileTheSmtpServerIsDownTheMailWaitsAndIsSentWhenItIsBack() throws Exception {
        String subject = unique("Saat server surel mati");
        long id;
        Instant before = clock.instant();
        TestMail.stop();
        try {
            id = outbox.enqueue(plain(subject));
            sender.sendDue();
            OutboxMail waiting = await(id, m -> m.getAttempts() >= 1);
            assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(OutboxMail.MAX_ERROR);
            // the first pause is a minute
            assertThat(waiting.getNextAttemptAt()).isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)))
                    .isBefore(clock.instant().plus(Duration.ofMinutes(1)).plusSeconds(1));
            // before that, further rounds leave it alone
            sender.sendDue();
            assertThat(reload(id).getAttempts()).isEqualTo(1);
        } finally {
            TestMail.start();
        }
        // the server is back, but the mail waits for its time
        sender.sendDue();
        assertThat(reload(id).getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(received(subject)).isEmpty();

        makeDue(id);
        sender.sendDue();
        assertThat(awaitReceived(subject)).hasSize(1);
        OutboxMail sent = await(id, m -> m.getStatus() == MailStatus.SENT);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getNextAttemptAt()).isNull();
    }

    @Test
    void aMalformedAddressIsGivenUpAtOnce() throws Exception {
        String subject = unique("Alamat keliru");
        long id = outbox.enqueue(new OutgoingMail(babel(), null, "TEST", "bukan alamat surel", subject, "Isi.",
                null, null));
        sender.sendDue();
        OutboxMail mail = await(id, m -> m.getStatus() != MailStatus.PENDING);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isNotBlank();
        assertThat(received(subject)).isEmpty();
    }

    @Test
    void aMailEnqueuedInATransactionThatRollsBackIsNeverStoredNorSent() throws Exception {
        String subject = unique("Dibatalkan");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.enqueue(plain(subject));
            status.setRollbackOnly();
        });
        sender.sendDue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where subject = ?", Integer.class, subject))
                .isZero();
        assertThat(received(subject)).isEmpty();
    }

    @Test
    void theJobSendsByItselfAndHoldsTheSchedulerLockWhileItRuns() throws Exception {
        String subject = unique("Dikirim oleh tugas terjadwal");
        long id = outbox.enqueue(plain(subject));
        // no sendDue(): the job, every five seconds, takes it
        assertThat(awaitReceived(subject)).hasSize(1);
        assertThat(await(id, m -> m.getStatus() == MailStatus.SENT).getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'notification.outbox-sender'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aMailLockedByAnotherSenderIsSkippedNotWaitedFor() throws Exception {
        String subject = unique("Terkunci");
        // queued to be due in an hour, so that the outbox's own job cannot send it before it is locked below
        Instant now = TestClock.INSTANCE.instant();
        TestClock.INSTANCE.set(now.plus(Duration.ofHours(1)));
        long id = outbox.enqueue(plain(subject));
        TestClock.INSTANCE.set(now);
        TransactionTemplate other = new TransactionTemplate(transactionManager);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        other.executeWithoutResult(status -> {
            // another instance has claimed the mail and is sending it; then it is due
            jdbc.queryForList("select id from outbox_mail where id = ? for update", id);
            TestClock.INSTANCE.set(now.plus(Duration.ofHours(1)));
            long start = System.nanoTime();
            sender.sendDue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(reload(id).getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(reload(id).getAttempts()).isZero();
            assertThat(received(subject)).isEmpty();
        });
        sender.sendDue();
        assertThat(awaitReceived(subject)).hasSize(1);
    }

    @Test
    void twoSendersAtOnceNeverSendTheSameMailTwice() throws Exception {
        List<String> subjects = IntStream.range(0, 40).mapToObj(i -> unique("Serentak " + i)).toList();
        // all become due at the same moment, when this transaction commits
        List<Long> ids = new TransactionTemplate(transactionManager).execute(status ->
                subjects.stream().map(s -> outbox.enqueue(plain(s))).toList());
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                rounds.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return sender.sendDue();
                }));
            }
            int sentByTheseTwo = 0;
            for (Future<Integer> round : rounds) {
                sentByTheseTwo += round.get(60, TimeUnit.SECONDS);
            }
            assertThat(sentByTheseTwo).isBetween(0, subjects.size());
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertThat(await(id, m -> m.getStatus() == MailStatus.SENT).getStatus()).isEqualTo(MailStatus.SENT);
        }
        for (String subject : subjects) {
            assertThat(received(subject)).as(subject).hasSize(1);
        }
    }
}
