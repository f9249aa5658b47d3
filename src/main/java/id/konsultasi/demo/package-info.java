/**
 * Demo data for the local run (Spring profile {@code demo}, never in production): the two offices of
 * the source standards, their divisions and rooms, and one user per role per office.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"account", "feedback", "office", "shared"})
package id.konsultasi.demo;

import org.springframework.modulith.ApplicationModule;
