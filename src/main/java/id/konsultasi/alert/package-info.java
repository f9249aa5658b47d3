/**
 * Staff notifications: what asks for a person's attention (a request waiting for their decision, an assignment, an
 * urgent walk-in, their visitor, a returned, forwarded or acknowledged report, a complaint, a deadline of today) is
 * written as a {@link id.konsultasi.alert.StaffNotification} in the transaction of what caused it, from the modules'
 * events; the bell in the layout counts the unread ones. Each person chooses per kind whether it is also mailed at
 * once, in the morning digest or never ({@link id.konsultasi.alert.NoticePreferences}); mail goes through the outbox.
 * Nothing depends on this module.
 */
@ApplicationModule(displayName = "Staff notifications",
        allowedDependencies = {"account", "consultation", "desk", "disposition", "feedback", "notification", "office",
                "request", "shared"})
package id.konsultasi.alert;

import org.springframework.modulith.ApplicationModule;
