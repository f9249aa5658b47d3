package id.konsultasi.disposition;

import id.konsultasi.shared.Labelled;

/**
 * Where an accepted request goes: to a division whose head assigns the officers (Bangka Belitung), or
 * straight to officers (Buton). The office's standard decides, not the head.
 */
enum Route implements Labelled {
    DIVISION, OFFICERS;

    @Override
    public String labelPrefix() {
        return "dispositionRoute";
    }
}
