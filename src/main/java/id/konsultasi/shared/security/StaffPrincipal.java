package id.konsultasi.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in staff member as every module sees it. Stored in the (JDBC) session, so it is
 * serializable and holds no entity.
 */
public record StaffPrincipal(long id, String username, String fullName, Long officeId, Long divisionId,
                             Set<Role> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaffPrincipal {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystemAdmin() {
        return has(Role.SYSTEM_ADMIN);
    }

    /** Whether this person works in the given office. A system administrator works in none. */
    public boolean belongsTo(long officeId) {
        return this.officeId != null && this.officeId == officeId;
    }

    /** The office of this staff member; fails for a system administrator. */
    public long requireOffice() {
        if (officeId == null) {
            throw new org.springframework.security.access.AccessDeniedException("no office");
        }
        return officeId;
    }
}
