/**
 * The onboarding guide of a new office: the steps its administrator takes (the standard, divisions, rooms, staff,
 * holidays, letterhead), what is still missing, and the gate of its public request form, opened only once the
 * required steps are done. It reads the office and its staff; nothing depends on it.
 */
@ApplicationModule(displayName = "Onboarding", allowedDependencies = {"account", "office", "shared"})
package id.konsultasi.onboarding;

import org.springframework.modulith.ApplicationModule;
