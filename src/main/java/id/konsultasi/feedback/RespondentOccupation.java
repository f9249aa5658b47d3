package id.konsultasi.feedback;

import id.konsultasi.shared.Labelled;

/** Pekerjaan utama, as the SKM questionnaire asks it. */
public enum RespondentOccupation implements Labelled {
    PNS, TNI, POLRI, SWASTA, WIRAUSAHA, OTHER;

    @Override
    public String labelPrefix() {
        return "respondentOccupation";
    }
}
