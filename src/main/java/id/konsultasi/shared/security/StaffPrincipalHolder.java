package id.konsultasi.shared.security;

/** Implemented by the authenticated principal so that controllers can ask for a {@link StaffPrincipal}. */
public interface StaffPrincipalHolder {

    StaffPrincipal staff();
}
