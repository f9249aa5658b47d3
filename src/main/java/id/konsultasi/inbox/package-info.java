/**
 * The work inbox: everything that waits for the signed-in person, by kind, with counts and the state of their
 * deadlines (on time, due today, late), on the staff home page ({@code /staf}) and as badges in the navigation
 * ({@link id.konsultasi.shared.web.NavigationBadges}). It only asks the other modules' count queries, each one
 * statement; nothing depends on it.
 */
@ApplicationModule(displayName = "Work inbox",
        allowedDependencies = {"consultation", "desk", "disposition", "feedback", "office", "request", "scheduling",
                "shared"})
package id.konsultasi.inbox;

import org.springframework.modulith.ApplicationModule;
