package id.konsultasi.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.konsultasi.shared.crypto.DataEncryptor;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due mails of the outbox. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and stays
 * locked while it is sent, so that two instances (or the job and a direct call) never send the same mail
 * twice; a failed attempt is counted and the mail waits 1, 2, 4 ... minutes (at most
 * {@code konsultasi.mail.max-retry-delay}) before the next, until {@code konsultasi.mail.max-attempts}.
 * Delivery is at least once: a crash between the SMTP server's acceptance and the commit sends it again.
 */
@Component
public class OutboxSender {

    /** An e-mail address in an SMTP server's answer. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** batches per round, so that one round ends even when mail keeps arriving */
    static final int MAX_BATCHES_PER_ROUND = 20;

    private final OutboxMails mails;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<String, AttachmentSource> sources;
    private final SecretLinks links;
    private final DataEncryptor encryptor;

    OutboxSender(OutboxMails mails, JavaMailSender mailSender, MailSettings settings, Clock clock,
                 PlatformTransactionManager transactionManager, List<AttachmentSource> sources, SecretLinks links,
                 DataEncryptor encryptor) {
        this.links = links;
        this.encryptor = encryptor;
        this.sources = sources.stream().collect(Collectors.toUnmodifiableMap(AttachmentSource::name, s -> s));
        this.mails = mails;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        // never inside a caller's transaction: a mail of an uncommitted (perhaps rolled back) change is not sent
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The job: one round every {@code konsultasi.mail.poll-interval}, on one instance at a time. */
    @Scheduled(fixedDelayString = "${konsultasi.mail.poll-interval:5s}",
            initialDelayString = "${konsultasi.mail.poll-interval:5s}")
    @SchedulerLock(name = "notification.outbox-sender", lockAtMostFor = "PT10M")
    void sendScheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.error("the outbox round failed; it runs again at the next interval", e);
        }
    }

    /**
     * Sends the mails that are due now, batch by batch, synchronously; safe to call beside the job and on
     * several instances. Call it outside a transaction. Returns how many mails the SMTP server accepted.
     */
    public int sendDue() {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
            int[] result = transactions.execute(status -> sendBatch());
            sent += result[1];
            if (result[0] < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /** Returns {claimed, sent}. */
    private int[] sendBatch() {
        List<OutboxMail> due = mails.claimDue(clock.instant(), settings.batchSize());
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                mail.makeAttachments(sources, encryptor);
                mailSender.send(toMimeMessage(mail));
                mail.sent(clock.instant());
                // sent: the files (handed-over documents, letters) are not kept in the outbox
                mail.dropAttachmentContents(clock.instant());
                sent++;
            } catch (MailPreparationException | MailParseException e) {
                mail.failedForGood(describe(e));
                log.warn("outbox mail {} ({}) cannot be sent and is given up: {}", mail.getId(), mail.getKind(),
                        withoutAddresses(mail.getLastError()));
            } catch (RuntimeException e) {
                mail.failed(describe(e), clock.instant(), settings);
                if (mail.getStatus() == MailStatus.FAILED) {
                    log.warn("outbox mail {} ({}) failed for the last time after {} attempts: {}", mail.getId(),
                            mail.getKind(), mail.getAttempts(), withoutAddresses(mail.getLastError()));
                } else {
                    log.info("outbox mail {} ({}) not sent (attempt {}), next attempt at {}: {}", mail.getId(),
                            mail.getKind(), mail.getAttempts(), mail.getNextAttemptAt(), withoutAddresses(mail.getLastError()));
                }
            }
        }
        return new int[]{due.size(), sent};
    }

    private MimeMessage toMimeMessage(OutboxMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        List<OutboxMail.StoredAttachment> attachments = mail.getAttachments();
        boolean multipart = mail.getHtmlBody() != null || !attachments.isEmpty();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.fromAddress());
            InternetAddress to = new InternetAddress(mail.getRecipient(), true);
            to.validate();
            helper.setTo(to);
            helper.setSubject(mail.getSubject());
            helper.setSentDate(Date.from(clock.instant()));
            String[] bodies = links.reveal(mail.getTextBody(), mail.getHtmlBody(), mail.getLinkTokensEncrypted());
            if (bodies[1] != null) {
                helper.setText(bodies[0], bodies[1]);
            } else {
                helper.setText(bodies[0]);
            }
            for (OutboxMail.StoredAttachment attachment : attachments) {
                helper.getRootMimeMultipart().addBodyPart(attachmentPart(attachment, encryptor));
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("mail " + mail.getId() + " cannot be composed: " + e.getMessage(), e);
        }
        return message;
    }

    /**
     * An attachment, always in base64: a file that happens to be ASCII (a PDF without binary bytes) would
     * otherwise travel as 7bit text and have its line ends changed on the way.
     */
    private static MimeBodyPart attachmentPart(OutboxMail.StoredAttachment attachment, DataEncryptor encryptor)
            throws MessagingException, UnsupportedEncodingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(MimeUtility.encodeText(attachment.filename(), StandardCharsets.UTF_8.name(), null));
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.plainContent(encryptor),
                attachment.contentType())));
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** What went wrong, for the administrator: the exception and its innermost cause. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !text.toString().contains(root.getMessage())) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return text.toString();
    }

    /**
     * An SMTP server's refusal often names the recipient: the log gets it without the address (the outbox page,
     * which administrators read, keeps the whole text).
     */
    static String withoutAddresses(String error) {
        return error == null ? null : ADDRESS.matcher(error).replaceAll("<alamat>");
    }
}
