package id.konsultasi.feedback;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Audience;

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
 * The settings (the answer deadline) are the office administrator's, under {@code /admin}. The same audiences
 * decide who sees the module's links and who may open its addresses (its {@code web.FeedbackStaffArea}).
 */
@Component
public class FeedbackAccess {

    public static final Audience COMPLAINT_READERS = Audience.anyOf(Role.SEKRETARIAT, Role.OFFICE_ADMIN, Role.KADIS);
    public static final Audience COMPLAINT_HANDLERS = Audience.anyOf(Role.SEKRETARIAT, Role.OFFICE_ADMIN);
    public static final Audience INDEX_READERS = Audience.anyOf(Role.KADIS, Role.OFFICE_ADMIN);
    public static final Audience KIOSK = Audience.anyOf(Role.PIKET);

    public boolean canSeeComplaints(StaffPrincipal staff) {
        return isIn(COMPLAINT_READERS, staff);
    }

    public boolean canHandleComplaints(StaffPrincipal staff) {
        return isIn(COMPLAINT_HANDLERS, staff);
    }

    public boolean canSeeSatisfactionIndex(StaffPrincipal staff) {
        return isIn(INDEX_READERS, staff);
    }

    public boolean canRunKiosk(StaffPrincipal staff) {
        return isIn(KIOSK, staff);
    }

    private static boolean isIn(Audience audience, StaffPrincipal staff) {
        return staff.officeId() != null && audience.includes(staff.roles(), false);
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
