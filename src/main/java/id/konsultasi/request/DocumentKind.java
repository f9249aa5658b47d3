package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/**
 * What a document attached to a request is. {@code HANDOVER}: data or a document the office handed over
 * to the applicant during the consultation (attached to the Laporan Hasil Konsultasi).
 */
public enum DocumentKind implements Labelled {
    ID_SCAN, REQUEST_LETTER, LETTER_SCAN, SUPPORTING, HANDOVER;

    @Override
    public String labelPrefix() {
        return "documentKind";
    }
}
