/**
 * Outgoing mail through a durable outbox: other modules {@link id.konsultasi.notification.Outbox#enqueue enqueue}
 * a mail in their own transaction, the {@link id.konsultasi.notification.OutboxSender sender job} sends it,
 * retrying with growing pauses while the SMTP server is unreachable. Administrators see the outbox of their
 * office at {@code /admin/surel} and send a failed mail again.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"office", "request", "shared"})
package id.konsultasi.notification;

import org.springframework.modulith.ApplicationModule;
