package id.konsultasi.feedback;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who does what with feedback, always inside their own office:
 * <ul>
 * <li>the secretariat and the office administrator record, handle and answer complaints;</li>
 * <li>the head of office reads them (and their answers) but does not write them;</li>
 * <li>the head of office and the office administrator read the satisfaction index (IKM) and its export;</li>
 * <li>the duty officer opens the survey kiosk at the desk.</li>
 * </ul>
 * The settings (the answer deadline) are the office administrator's, under {@code /admin}.
 */
@Component
public class FeedbackAccess {

    public boolean canSeeComplaints(StaffPrincipal staff) {
        return staff.officeId() != null
                && (staff.has(Role.SEKRETARIAT) || staff.has(Role.OFFICE_ADMIN) || staff.has(Role.KADIS));
    }

    public boolean canHandleComplaints(StaffPrincipal staff) {
        return staff.officeId() != null && (staff.has(Role.SEKRETARIAT) || staff.has(Role.OFFICE_ADMIN));
    }

    public boolean canSeeSatisfactionIndex(StaffPrincipal staff) {
        return staff.officeId() != null && (staff.has(Role.KADIS) || staff.has(Role.OFFICE_ADMIN));
    }

    public boolean canRunKiosk(StaffPrincipal staff) {
        return staff.officeId() != null && staff.has(Role.PIKET);
    }

    public void requireSeeComplaints(StaffPrincipal staff) {
        if (!canSeeComplaints(staff)) {
            throw new AccessDeniedException("complaints are for the secretariat, the administrator and the head");
        }
    }

    public void requireHandleComplaints(StaffPrincipal staff) {
        if (!canHandleComplaints(staff)) {
            throw new AccessDeniedException("complaints are handled by the secretariat and the administrator");
        }
    }

    public void requireSeeSatisfactionIndex(StaffPrincipal staff) {
        if (!canSeeSatisfactionIndex(staff)) {
            throw new AccessDeniedException("the satisfaction index is for the head and the administrator");
        }
    }

    public void requireKiosk(StaffPrincipal staff) {
        if (!canRunKiosk(staff)) {
            throw new AccessDeniedException("the survey kiosk is run by the duty officer");
        }
    }

    public void requireOfficeAdmin(StaffPrincipal staff) {
        if (staff.officeId() == null || !staff.has(Role.OFFICE_ADMIN)) {
            throw new AccessDeniedException("office settings are the office administrator's");
        }
    }
}
