package id.konsultasi.request;

import java.time.Instant;

/** When the answer letter and the consultation are due; either may be absent from a standard. */
record Deadlines(Instant answerLetterDue, Instant consultationDue) {

    public static final Deadlines NONE = new Deadlines(null, null);
}
