package id.konsultasi.request;

import id.konsultasi.account.ActingOfficials;
import id.konsultasi.office.Office;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a request and who may open its personal data. Every staff member of the office sees
 * the request; only those who work on it open the NIK and the scans: the secretariat that checks the
 * file, the head who decides (or the acting official, Plh/Plt, on the head's behalf), the head of the
 * division it was disposed to, and its officers. The {@code require} methods are the checks the request
 * module's services make before a step: each refuses with an {@link AccessDeniedException} (a 403 page).
 */
@Component
public class RequestAccess {

    private final ActingOfficials acting;

    RequestAccess(ActingOfficials acting) {
        this.acting = acting;
    }

    public boolean canSee(StaffPrincipal staff, ConsultationRequest request) {
        return staff.belongsTo(request.getOfficeId());
    }

    public boolean canOpenPersonalData(StaffPrincipal staff, ConsultationRequest request) {
        if (!canSee(staff, request)) {
            return false;
        }
        if (staff.has(Role.SEKRETARIAT) || staff.has(Role.KADIS)) {
            return true;
        }
        if (staff.has(Role.KABID) && staff.divisionId() != null
                && staff.divisionId().equals(request.getAssignedDivisionId())) {
            return true;
        }
        return request.isAssignee(staff.id()) || acting.actingFor(staff).isPresent();
    }

    /** The head of the division the request was disposed to (Kepala Bidang). */
    public boolean isDivisionHeadOf(StaffPrincipal staff, ConsultationRequest request) {
        return canSee(staff, request) && staff.has(Role.KABID) && staff.divisionId() != null
                && staff.divisionId().equals(request.getAssignedDivisionId());
    }

    /** The head of the office (Kepala Dinas). */
    public boolean isHeadOf(StaffPrincipal staff, ConsultationRequest request) {
        return canSee(staff, request) && staff.has(Role.KADIS);
    }

    /** The secretariat registers requests and checks that files are complete. */
    public boolean canRegister(StaffPrincipal staff, ConsultationRequest request) {
        return canSee(staff, request) && staff.has(Role.SEKRETARIAT);
    }

    /** Only the secretariat registers a request and checks its file. */
    public void requireRegistrar(StaffPrincipal staff, ConsultationRequest request) {
        if (!canRegister(staff, request)) {
            throw new AccessDeniedException("only the secretariat registers requests and checks files");
        }
    }

    /** Only the request's officers hold the consultation, report it and hand documents over. */
    public void requireAssignee(StaffPrincipal staff, ConsultationRequest request) {
        if (!request.isAssignee(staff.id())) {
            throw new AccessDeniedException("only the request's officers hold and report the consultation");
        }
    }

    /** Only the head of the request's division, or the head, returns a report to the officer. */
    public void requireReviewer(StaffPrincipal staff, ConsultationRequest request) {
        if (!isDivisionHeadOf(staff, request) && !isHeadOf(staff, request)) {
            throw new AccessDeniedException("only the division head or the head returns a report");
        }
    }

    /** Only the head of the request's division reviews and forwards its report. */
    public void requireDivisionHead(StaffPrincipal staff, ConsultationRequest request) {
        if (!isDivisionHeadOf(staff, request)) {
            throw new AccessDeniedException("only the head of the request's division reviews and forwards its report");
        }
    }

    /** Only the head acknowledges a report. */
    public void requireHead(StaffPrincipal staff, ConsultationRequest request) {
        if (!isHeadOf(staff, request)) {
            throw new AccessDeniedException("only the head acknowledges a report");
        }
    }

    /** Only the duty desk (the duty officer or the secretariat) checks a visitor in. */
    public void requireDesk(StaffPrincipal staff) {
        if (!staff.has(Role.PIKET) && !staff.has(Role.SEKRETARIAT)) {
            throw new AccessDeniedException("only the duty desk checks visitors in");
        }
    }

    /** Only the duty officer routes an urgent walk-in to an officer. */
    public void requireDutyOfficer(StaffPrincipal staff) {
        if (!staff.has(Role.PIKET)) {
            throw new AccessDeniedException("only the duty desk routes walk-ins");
        }
    }

    /** Only an office whose standard serves urgent walk-ins without a letter routes them from the desk. */
    public void requireUrgentWalkInsWithoutLetter(Office office) {
        if (!office.getStandard().isUrgentWalkInWithoutLetter()) {
            throw new AccessDeniedException("the office's standard has urgent walk-ins wait for the disposition");
        }
    }
}
