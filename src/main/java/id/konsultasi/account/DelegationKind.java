package id.konsultasi.account;

import id.konsultasi.shared.Labelled;

/**
 * Pelaksana Harian (Plh) stands in for a head who is away for a short time; Pelaksana Tugas (Plt) for
 * one who is away for longer or whose post is vacant. Both decide on the head's behalf.
 */
public enum DelegationKind implements Labelled {
    PLH, PLT;

    @Override
    public String labelPrefix() {
        return "delegationKind";
    }

    /** "Plh." or "Plt.", as written before the post on a signature. */
    public String abbreviation() {
        return this == PLH ? "Plh." : "Plt.";
    }
}
