/**
 * Staff accounts and roles, login and logout, the security configuration, and (later) delegation to
 * an acting official (Plh/Plt).
 */
@ApplicationModule(displayName = "Account")
package id.konsultasi.account;

import org.springframework.modulith.ApplicationModule;
