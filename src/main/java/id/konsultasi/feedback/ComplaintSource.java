package id.konsultasi.feedback;

import java.util.EnumSet;
import java.util.Set;

import id.konsultasi.shared.Labelled;

/** How a complaint reached the office. Staff record every channel but the web form, which the public uses. */
public enum ComplaintSource implements Labelled {
    /** the public form, on the office's page or on a request's tracking page */
    WEB,
    /** the complaint desk (loket pengaduan) */
    DESK,
    /** the complaint box */
    BOX,
    EMAIL,
    WHATSAPP,
    /** SP4N-LAPOR!, the national channel; carries its own tracking number */
    LAPOR,
    PHONE,
    /** an official letter */
    LETTER;

    /** The channels a staff member records by hand. */
    public static Set<ComplaintSource> recordedByStaff() {
        return EnumSet.complementOf(EnumSet.of(WEB));
    }

    public boolean needsLaporNumber() {
        return this == LAPOR;
    }

    @Override
    public String labelPrefix() {
        return "complaintSource";
    }
}
