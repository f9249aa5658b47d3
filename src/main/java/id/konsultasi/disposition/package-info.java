/**
 * The head of office's decisions and the division head's assignment: the head's dashboard of what
 * waits for a decision (with its deadlines counted down in working time), the disposition (accept or
 * refuse, in person or online, to a division or straight to officers as the office's standard
 * prescribes, urgency, instructions, note), the lembar disposisi (page and PDF), the division head's
 * inbox and assignment of a lead officer and companions, and the telaahan staf. An acting official
 * (Plh/Plt, see the account module) decides on the head's behalf within the delegation's days.
 */
@ApplicationModule(displayName = "Disposition",
        allowedDependencies = {"account", "document", "notification", "office", "request", "scheduling", "shared", "verification"})
package id.konsultasi.disposition;

import org.springframework.modulith.ApplicationModule;
