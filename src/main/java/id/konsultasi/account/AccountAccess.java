package id.konsultasi.account;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Audience;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what with accounts, always inside their own office (the system administrator in every office):
 * <ul>
 * <li>the head of office names their acting officials (Plh/Plt);</li>
 * <li>the office administrator keeps the office's users, the system administrator every office's; only a system
 * administrator makes system administrators, and nobody deactivates their own account.</li>
 * </ul>
 * The same audiences decide who sees the module's links and may open its addresses ({@code web.AccountStaffArea});
 * the services check again here.
 */
public final class AccountAccess {

    public static final Audience DELEGATORS = Audience.anyOf(Role.KADIS);
    public static final Audience USER_ADMINISTRATORS = Audience.anyOf(Role.OFFICE_ADMIN, Role.SYSTEM_ADMIN);

    private AccountAccess() {
    }

    static void requireHead(StaffPrincipal staff) {
        if (staff.officeId() == null || !DELEGATORS.includes(staff.roles(), false)) {
            throw new AccessDeniedException("only the head of office names an acting official");
        }
    }

    static void requireMayMakeSystemAdministrators(StaffPrincipal actor) {
        if (!actor.isSystemAdmin()) {
            throw new AccessDeniedException("only a system administrator makes system administrators");
        }
    }

    static void requireNotThemselves(StaffPrincipal actor, StaffUser user) {
        if (user.getId() == actor.id()) {
            throw new AccessDeniedException("nobody deactivates their own account");
        }
    }
}
