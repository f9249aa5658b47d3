package id.konsultasi.alert;

import java.time.Clock;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notifications: the bell's count, the list, marking read. Nobody reaches another's: a
 * notification of someone else is not found.
 */
@Service
@Transactional
public class MyNotifications {

    private final StaffNotifications notifications;
    private final Clock clock;

    MyNotifications(StaffNotifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** How many of the person's notifications are unread: one statement. */
    @Transactional(readOnly = true)
    public long unread(StaffPrincipal staff) {
        return staff.officeId() == null ? 0 : notifications.countUnread(staff.id());
    }

    /** A page of the person's notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<StaffNotification> list(StaffPrincipal staff, Pageable page) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(staff.id(), page);
    }

    /** Opens a notification: it is read from now; returns the page it leads to. */
    public String open(StaffPrincipal staff, long id) {
        StaffNotification notification = own(staff, id);
        notifications.markRead(id, staff.id(), clock.instant());
        return notification.getLink();
    }

    public void markRead(StaffPrincipal staff, long id) {
        own(staff, id);
        notifications.markRead(id, staff.id(), clock.instant());
    }

    public int markAllRead(StaffPrincipal staff) {
        return notifications.markAllRead(staff.id(), clock.instant());
    }

    private StaffNotification own(StaffPrincipal staff, long id) {
        return notifications.findByIdAndRecipientId(id, staff.id())
                .orElseThrow(() -> new NotFoundException("notification " + id));
    }
}
