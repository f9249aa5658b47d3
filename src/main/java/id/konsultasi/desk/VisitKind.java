package id.konsultasi.desk;

import id.konsultasi.shared.Labelled;

/** What a walk-in guest came for. */
public enum VisitKind implements Labelled {
    /** a new consultation request, registered at the desk */
    NEW_CONSULTATION,
    /** the consultation of a request registered earlier: the visitor is checked in */
    SCHEDULED_CONSULTATION,
    /** anything else: delivering a letter, meeting someone, asking for information */
    OTHER;

    @Override
    public String labelPrefix() {
        return "visitKind";
    }
}
