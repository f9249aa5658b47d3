package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/**
 * What a document attached to a request is. {@code HANDOVER}: data or a document the office handed over
 * to the applicant during the consultation (attached to the Laporan Hasil Konsultasi).
 */
public enum DocumentKind implements Labelled {
    ID_SCAN, REQUEST_LETTER, LETTER_SCAN, SUPPORTING,
    /** the telaahan staf an assigned officer prepares when leadership or other agencies must join */
    STAFF_ANALYSIS,
    /** data or a document handed over to the applicant during the consultation */
    HANDOVER;

    @Override
    public String labelPrefix() {
        return "documentKind";
    }
}
