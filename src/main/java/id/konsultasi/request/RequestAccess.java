package id.konsultasi.request;

import id.konsultasi.account.ActingOfficials;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see a request and who may open its personal data. Every staff member of the office sees
 * the request; only those who work on it open the NIK and the scans: the secretariat that checks the
 * file, the head who decides (or the acting official, Plh/Plt, on the head's behalf), the head of the
 * division it was disposed to, and its officers.
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
}
