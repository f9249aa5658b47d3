package id.konsultasi.consultation;

import id.konsultasi.shared.Labelled;

/**
 * Where a consultation record stands. The request's own status says the same in coarser words: DRAFT
 * while it is assigned or scheduled, HELD and RETURNED while it is held, AT_DIVISION and AT_HEAD while it
 * is reported, ACKNOWLEDGED when it is closed.
 */
public enum RecordStage implements Labelled {
    /** being written before the consultation is recorded as held */
    DRAFT,
    /** held; the report is not filed yet (late after the office's deadline) */
    HELD,
    /** filed, waiting for the division head (offices whose standard routes through one) */
    AT_DIVISION,
    /** filed (or forwarded by the division head), waiting for the head's acknowledgement */
    AT_HEAD,
    /** returned by the division head with a remark; the officer revises and files again */
    RETURNED,
    /** acknowledged by the head; the request is closed */
    ACKNOWLEDGED;

    /** The officers may still change what the record says. */
    public boolean isEditable() {
        return this == DRAFT || this == HELD || this == RETURNED;
    }

    /** Filed and waiting for a reviewer. */
    public boolean isUnderReview() {
        return this == AT_DIVISION || this == AT_HEAD;
    }

    @Override
    public String labelPrefix() {
        return "recordStage";
    }
}
