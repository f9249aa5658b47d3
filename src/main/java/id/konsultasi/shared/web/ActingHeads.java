package id.konsultasi.shared.web;

import id.konsultasi.shared.security.StaffPrincipal;

/**
 * Whether someone acts today on a head of office's behalf (Plh/Plt) without being a head: such a person sees the
 * head's links meant for acting heads ({@link Audience#orActingHead()}). Answered by the module that keeps the
 * delegations.
 */
public interface ActingHeads {

    boolean actsForTheHead(StaffPrincipal staff);
}
