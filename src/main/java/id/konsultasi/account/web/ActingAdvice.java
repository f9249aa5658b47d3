package id.konsultasi.account.web;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.account.ActingOfficials;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the signed-in person acts today as head of office (Plh/Plt), so that the
 * navigation offers them the head's dashboard.
 */
@ControllerAdvice
class ActingAdvice {

    private final ActingOfficials acting;

    ActingAdvice(ActingOfficials acting) {
        this.acting = acting;
    }

    @ModelAttribute("acting")
    ActingAuthority acting() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder)) {
            return null;
        }
        StaffPrincipal staff = holder.staff();
        if (staff.officeId() == null || staff.has(Role.KADIS)) {
            return null;
        }
        return acting.actingFor(staff).orElse(null);
    }
}
