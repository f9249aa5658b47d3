package id.konsultasi.desk;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who works at the counter. The duty officer (PIKET) registers walk-ins; the duty officer and the
 * secretariat use the board and the guest book and register letters handed in at the counter; the
 * secretariat keeps the agenda book. Everyone else gets a 403.
 */
public final class DeskRoles {

    private DeskRoles() {
    }

    /** The board, the guest book, letters and receipts: the duty officer and the secretariat. */
    public static void requireDesk(StaffPrincipal staff) {
        if (!isDesk(staff)) {
            throw new AccessDeniedException("the duty desk and the secretariat only");
        }
    }

    public static boolean isDesk(StaffPrincipal staff) {
        return staff.has(Role.PIKET) || staff.has(Role.SEKRETARIAT);
    }

    /** Registering walk-in guests: the duty officer. */
    public static void requirePiket(StaffPrincipal staff) {
        if (!staff.has(Role.PIKET)) {
            throw new AccessDeniedException("the duty officer only");
        }
    }

    /** The agenda book: the secretariat. */
    public static void requireSecretariat(StaffPrincipal staff) {
        if (!staff.has(Role.SEKRETARIAT)) {
            throw new AccessDeniedException("the secretariat only");
        }
    }
}
