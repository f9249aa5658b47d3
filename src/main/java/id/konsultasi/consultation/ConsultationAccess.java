package id.konsultasi.consultation;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads and lists the consultation reports: a request's officers, the head of its division and the head
 * read its report ({@link RequestAccess} says who each of them is); the lists belong to the role they serve.
 * The {@code require} methods refuse with an {@link AccessDeniedException} (a 403 page).
 */
@Component
class ConsultationAccess {

    private final RequestAccess requests;

    ConsultationAccess(RequestAccess requests) {
        this.requests = requests;
    }

    /** The request's officers, the head of its division and the head read its report. */
    public boolean canRead(StaffPrincipal staff, ConsultationRequest request) {
        return request.isAssignee(staff.id()) || requests.isDivisionHeadOf(staff, request)
                || requests.isHeadOf(staff, request);
    }

    public void requireReader(StaffPrincipal staff, ConsultationRequest request) {
        if (!canRead(staff, request)) {
            throw new AccessDeniedException("not an officer or reviewer of this request");
        }
    }

    /** Only an officer (or a division head, who may serve personally) has a list of their own reports. */
    public void requireOfficer(StaffPrincipal staff) {
        if (!staff.has(Role.PETUGAS) && !staff.has(Role.KABID)) {
            throw new AccessDeniedException("officers only");
        }
        staff.requireOffice();
    }

    /** A reviewer's list is for the role it serves, in the reviewer's own office. */
    public void requireRole(StaffPrincipal staff, Role role) {
        if (!staff.has(role)) {
            throw new AccessDeniedException("for the " + role + " only");
        }
        staff.requireOffice();
    }
}
