package id.konsultasi.verification;

/** The kinds of official letters the office issues; each names itself in the bundles ({@code verification.kind.*}). */
public enum LetterKind {
    RECEIPT,
    LEMBAR_DISPOSISI,
    ANSWER_LETTER,
    REFUSAL_LETTER,
    CONSULTATION_REPORT,
    CLOSING_LETTER,
    MONTHLY_RECAP;

    public String labelKey() {
        return "verification.kind." + name();
    }
}
