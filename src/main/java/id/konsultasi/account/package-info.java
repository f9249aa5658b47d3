/**
 * Staff accounts and roles, login and logout, the security configuration, and delegation: the head of
 * office names an acting official (Plh/Plt) for a range of days ({@link id.konsultasi.account.Delegation},
 * {@link id.konsultasi.account.DelegationAdministration}); {@link id.konsultasi.account.ActingOfficials}
 * tells other modules who acts as head today.
 */
@ApplicationModule(displayName = "Account", allowedDependencies = {"office", "shared"})
package id.konsultasi.account;

import org.springframework.modulith.ApplicationModule;
