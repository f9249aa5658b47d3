package id.konsultasi.office;

import id.konsultasi.shared.Labelled;

public enum ComplaintChannelKind implements Labelled {
    DESK, BOX, EMAIL, LAPOR, WHATSAPP, PHONE, LETTER, WEBSITE, OTHER;

    @Override
    public String labelPrefix() {
        return "complaintChannel";
    }
}
