package id.konsultasi.request;

import java.time.Instant;

/** When the answer letter and the consultation are due; either may be absent from a standard. */
public record Deadlines(Instant answerLetterDue, Instant consultationDue) {

    public static final Deadlines NONE = new Deadlines(null, null);
}
