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
    private final long idleMillis;

    /**
     * {@code konsultasi.alert.bell-refresh}: how often an open page asks for the count (at least every 5 s); the
     * script stops asking once the person has not touched the page for half the session's timeout, so that a page
     * left open on a shared office PC does not keep its session alive for ever (it asks again at the next touch).
     */
    BellAdvice(MyNotifications notifications, @Value("${konsultasi.alert.bell-refresh:30s}") Duration refresh,
               @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.notifications = notifications;
        this.refreshMillis = Math.max(refresh.toMillis(), 5_000);
        this.idleMillis = sessionTimeout.toMillis() / 2;
    }

    /** After how long without a key, a tap or a scroll the bell's script stops asking, in milliseconds. */
    @ModelAttribute("bellIdle")
    long bellIdle() {
        return idleMillis;
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
