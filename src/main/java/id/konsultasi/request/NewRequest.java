package id.konsultasi.request;

import java.time.Instant;

/** What a new request says, from whichever channel it came. The NIK is still in clear here. */
public record NewRequest(Channel channel, String idempotencyKey, ApplicantData applicant, String topic,
                         String purpose, ConsultationMode preferredMode, Instant preferredVisitAt, boolean urgent,
                         boolean consentGiven) {

    /** The applicant as typed; phone already normalised to +62, NIK without spaces, null when absent. */
    public record ApplicantData(ApplicantType type, String name, String institution, String position, String nik,
                                String phone, String email, String address) {

        @Override
        public String toString() {
            return "ApplicantData[" + type + ", " + name + "]"; // never the NIK in a log
        }
    }
}
