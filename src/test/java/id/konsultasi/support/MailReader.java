package id.konsultasi.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What the test SMTP server received, as a reader sees it: by recipient, with its plain text. */
public final class MailReader {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private MailReader() {
    }

    /** A mail as read: recipient, subject and plain text. */
    public record Mail(String to, String subject, String text) {
    }

    /** Waits (up to 30 s: the outbox sends every few seconds) for a mail to the address whose subject matches. */
    public static Mail await(String to, Predicate<String> subject) throws InterruptedException {
        List<Mail> found = Mailbox.waitFor(() -> to(to).stream().filter(m -> subject.test(m.subject())).toList(),
                mails -> !mails.isEmpty());
        if (found.isEmpty()) {
            throw new AssertionError("no mail to " + to + " within " + PATIENCE.toSeconds() + " s; received: " + to(to));
        }
        return found.get(0);
    }

    /** Every mail received so far for the address. */
    public static List<Mail> to(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> isFor(m, address))
                .map(MailReader::read).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
