/**
 * The few stable things every module needs: the signed-in staff member, labelled enumerations,
 * the web advice for errors, locale handling and the clock.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared")
package id.konsultasi.shared;

import org.springframework.modulith.ApplicationModule;
