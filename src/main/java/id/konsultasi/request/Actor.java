package id.konsultasi.request;

import id.konsultasi.shared.security.StaffPrincipal;

/** Who did something to a request: a staff member, the applicant, or the system. */
public record Actor(Long staffId, String name) {

    public static final String APPLICANT = "Pemohon";
    public static final String SYSTEM = "Sistem";

    public static Actor of(StaffPrincipal staff) {
        return new Actor(staff.id(), staff.fullName());
    }

    public static Actor applicant() {
        return new Actor(null, APPLICANT);
    }

    public static Actor system() {
        return new Actor(null, SYSTEM);
    }
}
