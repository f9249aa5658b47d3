package id.konsultasi.office;

import id.konsultasi.shared.Labelled;

public enum HolidayKind implements Labelled {
    /** hari libur nasional */
    NATIONAL,
    /** cuti bersama */
    CUTI_BERSAMA,
    /** a local holiday of one region or office */
    LOCAL;

    @Override
    public String labelPrefix() {
        return "holidayKind";
    }
}
