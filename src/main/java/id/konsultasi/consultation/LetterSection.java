package id.konsultasi.consultation;

import id.konsultasi.shared.Labelled;

/** A part of the report the officer may send to the applicant in the closing letter. */
public enum LetterSection implements Labelled {
    PROBLEM, DISCUSSION, ADVICE, RECOMMENDATIONS, SOLUTIONS, HANDOVER, FOLLOW_UP;

    @Override
    public String labelPrefix() {
        return "letterSection";
    }
}
