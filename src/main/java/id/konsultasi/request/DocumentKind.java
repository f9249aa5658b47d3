package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/** What a document attached to a request is. */
public enum DocumentKind implements Labelled {
    ID_SCAN, REQUEST_LETTER, LETTER_SCAN, SUPPORTING,
    /** the telaahan staf an assigned officer prepares when leadership or other agencies must join */
    STAFF_ANALYSIS;

    @Override
    public String labelPrefix() {
        return "documentKind";
    }
}
