package id.konsultasi.feedback;

import id.konsultasi.shared.Labelled;

/** Where a survey answer was given. */
public enum SurveySource implements Labelled {
    /** by the applicant of a closed consultation, through the tracking link */
    INVITATION,
    /** by a walk-in respondent at the desk's tablet, anonymously */
    KIOSK;

    @Override
    public String labelPrefix() {
        return "surveySource";
    }
}
