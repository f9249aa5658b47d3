package id.konsultasi.notification;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.shared.crypto.DataEncryptor;

import org.springframework.stereotype.Component;

/**
 * The secret links in a mail ({@code /lacak/<token>}, {@code /lacak/pengaduan/<token>}) are stored masked
 * ({@code /lacak/••••}) and their tokens encrypted beside the mail: administrators reading the outbox never see
 * them, and the database never holds them in clear. The sender puts them back when it sends the mail.
 */
@Component
class SecretLinks {

    static final String MASK = "\u2022\u2022\u2022\u2022";
    private static final Pattern LINK = Pattern.compile("(/lacak/(?:pengaduan/)?)([A-Za-z0-9_-]{32,})");
    private static final Pattern MASKED = Pattern.compile("(/lacak/(?:pengaduan/)?)" + MASK);

    private final DataEncryptor encryptor;

    SecretLinks(DataEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    /** Bodies with their links masked, and the tokens, in order (text, then HTML), encrypted; null if none. */
    record Masked(String textBody, String htmlBody, byte[] tokens) {
    }

    Masked mask(String textBody, String htmlBody) {
        List<String> tokens = new ArrayList<>();
        String text = mask(textBody, tokens);
        String html = mask(htmlBody, tokens);
        return new Masked(text, html, tokens.isEmpty() ? null : encryptor.encryptText(String.join("\n", tokens)));
    }

    /** The bodies as they are sent: {text, html}. */
    String[] reveal(String textBody, String htmlBody, byte[] tokens) {
        if (tokens == null) {
            return new String[]{textBody, htmlBody};
        }
        Iterator<String> each = List.of(encryptor.decryptText(tokens).split("\n")).iterator();
        String[] bodies = {reveal(textBody, each), reveal(htmlBody, each)};
        if (each.hasNext()) {
            throw new IllegalStateException("a masked mail has more tokens than masked links");
        }
        return bodies;
    }

    private static String mask(String body, List<String> tokens) {
        if (body == null) {
            return null;
        }
        Matcher link = LINK.matcher(body);
        StringBuilder masked = new StringBuilder();
        while (link.find()) {
            tokens.add(link.group(2));
            link.appendReplacement(masked, Matcher.quoteReplacement(link.group(1) + MASK));
        }
        link.appendTail(masked);
        return masked.toString();
    }

    private static String reveal(String body, Iterator<String> tokens) {
        if (body == null) {
            return null;
        }
        Matcher link = MASKED.matcher(body);
        StringBuilder revealed = new StringBuilder();
        while (link.find()) {
            if (!tokens.hasNext()) {
                throw new IllegalStateException("a masked mail has fewer tokens than masked links");
            }
            link.appendReplacement(revealed, Matcher.quoteReplacement(link.group(1) + tokens.next()));
        }
        link.appendTail(revealed);
        return revealed.toString();
    }
}
