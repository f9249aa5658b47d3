package id.konsultasi.office;

import id.konsultasi.shared.Labelled;

/**
 * The ways to reach an office that it has, as one phrase of a sentence ("telepon 0402 2811 atau e-mail
 * dinsos@contoh.id"): what an office does not have is left out, never written as "-". The message of each
 * takes the phone as {0} and the e-mail address as {1}.
 */
enum OfficeContacts implements Labelled {
    PHONE_AND_EMAIL, PHONE, EMAIL;

    /** null when the office has neither: the sentence that would name them is left out. */
    static OfficeContacts of(boolean phone, boolean email) {
        return phone && email ? PHONE_AND_EMAIL : phone ? PHONE : email ? EMAIL : null;
    }

    @Override
    public String labelPrefix() {
        return "officeContacts";
    }
}
