/**
 * The few stable things every module needs: the signed-in staff member, labelled enumerations,
 * the web advice for errors, locale handling, the clock and the lock that keeps a scheduled job on one
 * instance at a time.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared")
package id.konsultasi.shared;

import org.springframework.modulith.ApplicationModule;
