/**
 * The duty desk (piket tamu) and the secretariat's counter: walk-in guests in the guest book, a walk-in
 * consultation registered at once, a visitor checked in for a registered request, urgent walk-ins routed
 * straight to an officer where the office's standard allows it, the waiting board against the office's
 * walk-in limit, paper letters registered in the agenda book, and the exports of both books.
 */
@ApplicationModule(displayName = "Desk",
        allowedDependencies = {"account", "document", "feedback", "intake", "office", "request", "scheduling", "shared"})
package id.konsultasi.desk;

import org.springframework.modulith.ApplicationModule;
