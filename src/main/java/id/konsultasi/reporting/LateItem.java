package id.konsultasi.reporting;

import java.time.Instant;

import id.konsultasi.shared.Labelled;

/** Something that missed its limit: what, which request or guest, when it was due and when (if) it was done. */
record LateItem(Kind kind, Long requestId, String reference, String who, Instant due, Instant done) {

    public enum Kind implements Labelled {
        ANSWER_LETTER, CONSULTATION, WALK_IN, REPORT;

        @Override
        public String labelPrefix() {
            return "reporting.late";
        }
    }
}
