package id.konsultasi.feedback;

import id.konsultasi.shared.Labelled;

/** Jenis kelamin, as the SKM questionnaire asks it. */
public enum RespondentSex implements Labelled {
    MALE, FEMALE;

    @Override
    public String labelPrefix() {
        return "respondentSex";
    }
}
