package id.konsultasi.account.web;

import java.util.Optional;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.account.ActingOfficials;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;
import id.konsultasi.shared.web.ActingHeads;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Tells every page whether the signed-in person acts today as head of office (Plh/Plt), so that the
 * navigation offers them the head's dashboard and the staff home says on whose behalf. Looked up once per request.
 */
@ControllerAdvice
class ActingAdvice implements ActingHeads {

    private static final String KEPT = ActingAdvice.class.getName() + ".acting";

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
        return actingFor(holder.staff()).orElse(null);
    }

    @Override
    public boolean actsForTheHead(StaffPrincipal staff) {
        return actingFor(staff).isPresent();
    }

    @SuppressWarnings("unchecked")
    private Optional<ActingAuthority> actingFor(StaffPrincipal staff) {
        if (staff.officeId() == null || staff.has(Role.KADIS)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return acting.actingFor(staff);
        }
        Object kept = request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = acting.actingFor(staff);
            request.setAttribute(KEPT, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (Optional<ActingAuthority>) kept;
    }
}
