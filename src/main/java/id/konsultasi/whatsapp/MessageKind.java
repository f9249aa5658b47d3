package id.konsultasi.whatsapp;

import java.util.Set;

/**
 * A message the applicant is owed, with the outbox kinds of its e-mail (a rescheduled appointment's mail is a new
 * answer letter) and whether it is a letter printed at the counter.
 */
public enum MessageKind {
    RECEIPT(true, "RECEIPT"),
    INCOMPLETE(false, "INCOMPLETE"),
    ANSWER_LETTER(true, "ANSWER_LETTER", "RESCHEDULED"),
    REFUSAL_LETTER(true, "REFUSAL_LETTER"),
    REMINDER(false, "REMINDER"),
    CLOSING_LETTER(true, "CLOSING_LETTER"),
    SURVEY_INVITATION(false, "SURVEY_INVITATION");

    private final boolean letter;
    private final Set<String> mailKinds;

    MessageKind(boolean letter, String... mailKinds) {
        this.letter = letter;
        this.mailKinds = Set.of(mailKinds);
    }

    /** A letter with a PDF of its own, printed and handed over at the counter. */
    public boolean isLetter() {
        return letter;
    }

    boolean isMailOf(String mailKind) {
        return mailKinds.contains(mailKind);
    }

    String labelKey() {
        return "told.kind." + name();
    }
}
