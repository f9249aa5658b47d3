package id.konsultasi.alert.web;

import id.konsultasi.alert.MyNotifications;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell in the layout's header: the signed-in member of an office's unread notifications, one statement per page.
 * Nothing for the public, for a system administrator (who belongs to no office) or for static files (no controller).
 */
@ControllerAdvice
class BellAdvice {

    private final MyNotifications notifications;

    BellAdvice(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("bell")
    Long bell() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder)
                || holder.staff().officeId() == null) {
            return null;
        }
        return notifications.unread(holder.staff());
    }
}
