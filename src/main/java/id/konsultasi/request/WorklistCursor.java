package id.konsultasi.request;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in a worklist: the sort key of one line (urgent first, then the answer-letter and consultation
 * deadlines, none last, then the oldest, then the id). A page starts after (or ends before) it, so a deep page
 * costs what the first does. Written into the page links as {@link #token()}.
 */
public record WorklistCursor(boolean urgent, Instant answerDueAt, Instant consultationDueAt, Instant submittedAt,
                             long id) {

    private static final Pattern TOKEN = Pattern.compile("[01](~[0-9TZ:.\\-]{1,40}|~n){3}~\\d{1,19}");

    public static WorklistCursor of(WorklistLine line) {
        return new WorklistCursor(line.urgent(), line.answerDueAt(), line.consultationDueAt(), line.submittedAt(),
                line.id());
    }

    /** For a link: {@code 1~2026-03-02T01:00:00Z~n~2026-03-01T02:03:04.123456Z~42} (n: no deadline). */
    public String token() {
        return (urgent ? "1" : "0") + "~" + text(answerDueAt) + "~" + text(consultationDueAt) + "~"
                + text(submittedAt) + "~" + id;
    }

    /** The cursor of a link, or empty when the text is none (typed or cut off): then the page is counted instead. */
    public static Optional<WorklistCursor> parse(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String[] parts = token.split("~");
        try {
            Instant submitted = instant(parts[3]);
            if (submitted == null) {
                return Optional.empty();
            }
            return Optional.of(new WorklistCursor(parts[0].equals("1"), instant(parts[1]), instant(parts[2]), submitted,
                    Long.parseLong(parts[4])));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "n" : instant.toString();
    }

    private static Instant instant(String text) {
        return text.equals("n") ? null : Instant.parse(text);
    }
}
