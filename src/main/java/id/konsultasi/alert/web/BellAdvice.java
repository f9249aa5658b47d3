package id.konsultasi.alert.web;

import java.time.Duration;

import id.konsultasi.alert.MyNotifications;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell in the layout's header: the signed-in member of an office's unread notifications, one statement per page
 * rendered ({@link Bell}). Nothing for the public, for a system administrator (who belongs to no office) or for static
 * files (no controller).
 */
@ControllerAdvice
class BellAdvice {

    private final MyNotifications notifications;
    private final long refreshMillis;

    /** {@code konsultasi.alert.bell-refresh}: how often an open page asks for the count (at least every 5 s). */
    BellAdvice(MyNotifications notifications, @Value("${konsultasi.alert.bell-refresh:30s}") Duration refresh) {
        this.notifications = notifications;
        this.refreshMillis = Math.max(refresh.toMillis(), 5_000);
    }

    /** How often the bell's script asks for the count, in milliseconds. */
    @ModelAttribute("bellRefresh")
    long bellRefresh() {
        return refreshMillis;
    }

    @ModelAttribute("bell")
    Bell bell() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipalHolder holder)
                || holder.staff().officeId() == null) {
            return null;
        }
        return new Bell(() -> notifications.unread(holder.staff()));
    }
}
