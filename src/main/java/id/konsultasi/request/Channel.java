package id.konsultasi.request;

import id.konsultasi.shared.Labelled;

/** How the request reached the office. */
public enum Channel implements Labelled {
    ONLINE, WALK_IN, LETTER;

    @Override
    public String labelPrefix() {
        return "channel";
    }
}
