package id.konsultasi.support;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The applicant's mailbox on the test SMTP server: wait for mail to an address, read its parts. */
public final class Mailbox {

    /**
     * How long a mail may take: the outbox's round may be behind another mail whose SMTP exchange runs into the read
     * timeout (10 s) on a loaded machine (seen in full runs: the job waiting for the test server's EHLO answer); a
     * mail that comes returns at once.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(45);

    private Mailbox() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until at least {@code count} mails to the address have arrived. */
    public static List<MimeMessage> await(String address, int count) throws InterruptedException {
        return waitFor(() -> to(address), mails -> mails.size() >= count);
    }

    public static MimeMessage awaitOne(String address) throws InterruptedException {
        List<MimeMessage> mails = await(address, 1);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail to " + address + " within " + PATIENCE + jobThreads());
        }
        return mails.get(mails.size() - 1);
    }

    /** Waits for the mails to the address whose subject starts with the given text. */
    public static List<MimeMessage> awaitSubject(String address, String subjectStart, int count)
            throws InterruptedException {
        return waitFor(() -> withSubject(address, subjectStart), mails -> mails.size() >= count);
    }

    public static MimeMessage awaitSubject(String address, String subjectStart) throws InterruptedException {
        List<MimeMessage> found = awaitSubject(address, subjectStart, 1);
        if (found.isEmpty()) {
            throw new AssertionError("no mail to " + address + " starting '" + subjectStart + "' within " + PATIENCE
                    + jobThreads());
        }
        return found.get(found.size() - 1);
    }

    /**
     * Where the scheduled jobs' threads stand (the outbox sends the mails): for the message of a mail that never
     * came, so that a job holding up the others is seen in the failure itself.
     */
    static String jobThreads() {
        StringBuilder dump = new StringBuilder("\nthe scheduled jobs' threads now:");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("scheduling")) {
                dump.append("\n  ").append(thread.getName()).append(' ').append(thread.getState());
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    dump.append("\n    at ").append(stack[i]);
                }
            }
        });
        return dump.toString();
    }

    /** What the supplier answers once the condition holds, or after {@link #PATIENCE} what it answers then. */
    public static <T> T waitFor(Callable<T> what, Predicate<? super T> condition) {
        try {
            return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(what, condition::test);
        } catch (ConditionTimeoutException e) {
            try {
                return what.call();
            } catch (Exception again) {
                throw new IllegalStateException(again);
            }
        }
    }

    /** The mails that have arrived so far, without waiting: for checking that no second one came. */
    public static List<MimeMessage> withSubject(String address, String subjectStart) {
        return to(address).stream().filter(m -> subject(m) != null && subject(m).startsWith(subjectStart)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the first part of the given type (text/plain, text/html). */
    public static String text(MimeMessage message, String type) throws MessagingException, IOException {
        for (Part part : parts(message)) {
            if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** The bytes of the first attachment of the given type, or null. */
    public static byte[] attachment(MimeMessage message, String type) throws MessagingException, IOException {
        for (Part part : parts(message)) {
            if (part.isMimeType(type) && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    public static String attachmentName(MimeMessage message, String type) throws MessagingException, IOException {
        for (Part part : parts(message)) {
            if (part.isMimeType(type) && Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part.getFileName();
            }
        }
        return null;
    }

    public static List<Part> parts(Part part) throws MessagingException, IOException {
        List<Part> all = new ArrayList<>();
        all.add(part);
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
