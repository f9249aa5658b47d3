package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/** What a document attached to a request is. */
public enum DocumentKind implements Labelled {
    ID_SCAN, REQUEST_LETTER, LETTER_SCAN, SUPPORTING;

    @Override
    public String labelPrefix() {
        return "documentKind";
    }
}
