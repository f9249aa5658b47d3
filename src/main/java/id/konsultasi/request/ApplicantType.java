package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/** Who asks: a person, or an institution, an NGO (LSM), a political party, another public body. */
public enum ApplicantType implements Labelled {
    PERSON, INSTITUTION, NGO, POLITICAL_PARTY, PUBLIC_BODY;

    /** Everyone but a private person writes on behalf of an institution and attaches its letter. */
    public boolean isInstitution() {
        return this != PERSON;
    }

    @Override
    public String labelPrefix() {
        return "applicantType";
    }
}
