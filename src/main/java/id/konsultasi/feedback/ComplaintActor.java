package id.konsultasi.feedback;

import id.konsultasi.shared.security.StaffPrincipal;

/** Who did something to a complaint: a staff member, the complainant, or the system. */
record ComplaintActor(Long staffId, String name) {

    public static final String COMPLAINANT = "Pengadu";

    public static ComplaintActor of(StaffPrincipal staff) {
        return new ComplaintActor(staff.id(), staff.fullName());
    }

    public static ComplaintActor complainant() {
        return new ComplaintActor(null, COMPLAINANT);
    }
}
