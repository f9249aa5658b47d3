package id.konsultasi.feedback;

import id.konsultasi.shared.Labelled;

/** Pendidikan terakhir, as the SKM questionnaire asks it. */
public enum RespondentEducation implements Labelled {
    SD, SMP, SMA, DIPLOMA, S1, S2, S3;

    @Override
    public String labelPrefix() {
        return "respondentEducation";
    }
}
