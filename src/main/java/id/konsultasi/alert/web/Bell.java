package id.konsultasi.alert.web;

import java.util.function.LongSupplier;

/**
 * The bell of the layout: the signed-in person's unread notifications, counted when the page is rendered and only
 * then (a download or a redirect costs no statement), once.
 */
public final class Bell {

    private final LongSupplier count;
    private Long unread;

    Bell(LongSupplier count) {
        this.count = count;
    }

    public long getUnread() {
        if (unread == null) {
            unread = count.getAsLong();
        }
        return unread;
    }
}
