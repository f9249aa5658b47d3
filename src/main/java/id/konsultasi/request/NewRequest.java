package id.konsultasi.request;

import java.time.Instant;

/** What a new request says, from whichever channel it came. The NIK is still in clear here. */
public record NewRequest(Channel channel, String idempotencyKey, ApplicantData applicant, String topic,
                         String purpose, ConsultationMode preferredMode, Instant preferredVisitAt, boolean urgent,
                         boolean consentGiven, LetterReference letter, String language) {

    /** A request with a letter of its own, in Indonesian (the desk registers it). */
    public NewRequest(Channel channel, String idempotencyKey, ApplicantData applicant, String topic, String purpose,
                      ConsultationMode preferredMode, Instant preferredVisitAt, boolean urgent, boolean consentGiven,
                      LetterReference letter) {
        this(channel, idempotencyKey, applicant, topic, purpose, preferredMode, preferredVisitAt, urgent, consentGiven,
                letter, "id");
    }

    /** The same request, written in the given language ({@code en} or {@code id}). */
    public NewRequest inLanguage(String otherLanguage) {
        return new NewRequest(channel, idempotencyKey, applicant, topic, purpose, preferredMode, preferredVisitAt, urgent,
                consentGiven, letter, otherLanguage);
    }

    /** A request without a letter of its own (online, walk-in). */
    public NewRequest(Channel channel, String idempotencyKey, ApplicantData applicant, String topic, String purpose,
                      ConsultationMode preferredMode, Instant preferredVisitAt, boolean urgent, boolean consentGiven) {
        this(channel, idempotencyKey, applicant, topic, purpose, preferredMode, preferredVisitAt, urgent, consentGiven,
                null);
    }

    /** The applicant as typed; phone already normalised to +62, NIK without spaces, null when absent. */
    public record ApplicantData(ApplicantType type, String name, String institution, String position, String nik,
                                String phone, String email, String address) {

        @Override
        public String toString() {
            return "ApplicantData[" + type + ", " + name + "]"; // never the NIK in a log
        }
    }
}
