package id.konsultasi.request;

/**
 * A letter the applicant is owed (receipt, answer letter, refusal letter, closing letter), as the staff print
 * it from the request's page: for an applicant without an e-mail address it is the only way it reaches them.
 *
 * @param position where it stands in the list: in the order the letters are written
 * @param labelKey the message key of what it is
 * @param number   its number (receipt or outgoing-letter number), or null
 * @param href     the staff address of its PDF
 */
public record ApplicantLetter(int position, String labelKey, String number, String href) {

    public static final int RECEIPT = 10;
    public static final int ANSWER = 20;
    public static final int REFUSAL = 30;
    public static final int CLOSING = 40;
}
