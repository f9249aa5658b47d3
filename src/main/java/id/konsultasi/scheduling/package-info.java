/**
 * Appointments: the assigned officers turn an accepted request into a consultation at a time, in a
 * room or online; no officer or room is booked twice; the answer letter (surat jawaban) and the
 * calendar invitation go to the applicant; reminders and the officers' morning agenda.
 */
@ApplicationModule(displayName = "Scheduling",
        allowedDependencies = {"account", "document", "notification", "office", "request", "shared", "verification"})
package id.konsultasi.scheduling;

import org.springframework.modulith.ApplicationModule;
