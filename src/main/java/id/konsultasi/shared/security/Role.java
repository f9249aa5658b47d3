package id.konsultasi.shared.security;

import id.konsultasi.shared.Labelled;

/** What a staff member may do. A user may hold several roles. */
public enum Role implements Labelled {
    /** manages offices and the national holiday list; belongs to no office */
    SYSTEM_ADMIN,
    /** manages one office's standard, divisions, rooms, holidays and users */
    OFFICE_ADMIN,
    /** duty officer at the guest desk (petugas piket) */
    PIKET,
    /** registers incoming letters in the agenda book (sekretariat, Tim PKD) */
    SEKRETARIAT,
    /** head of office (Kepala Dinas) */
    KADIS,
    /** head of one division (Kepala Bidang) */
    KABID,
    /** staff officer who serves consultations */
    PETUGAS;

    @Override
    public String labelPrefix() {
        return "role";
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
