package id.konsultasi.office;

import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names the signed-in staff member's office gives its units and roles ({@link StaffNames}), for the staff pages'
 * templates ({@code @officeNames.current()}): asked only by a page that names a role, from the office directory's
 * memory. {@link StaffNames#NONE} for a visitor and for the system administrator, who belongs to no office.
 */
@Component("officeNames")
public class OfficeNames {

    private final OfficeDirectory directory;

    OfficeNames(OfficeDirectory directory) {
        this.directory = directory;
    }

    public StaffNames current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder)
                || holder.staff().officeId() == null) {
            return StaffNames.NONE;
        }
        return of(holder.staff().officeId());
    }

    /**
     * The office's own name for what a label of the staff area stands for, or null for the label's bundle word: the
     * office is looked up only for a label that names a role.
     */
    public String label(String messageKey) {
        return StaffNames.namesARole(messageKey) ? current().label(messageKey) : null;
    }

    public StaffNames of(long officeId) {
        return directory.office(officeId).getNames();
    }
}
