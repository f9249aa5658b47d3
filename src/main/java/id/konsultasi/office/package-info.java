/**
 * Offices (Dinas) and their published service standard: requirements, procedure, completion-time
 * limits, fee, products, complaint channels and the workflow switches, the internal components of PermenPANRB
 * 15/2014 and the Maklumat Pelayanan; divisions (bidang), meeting
 * rooms, holidays and the working-day calendar that computes every deadline in the office's own
 * time zone.
 */
@ApplicationModule(displayName = "Office", allowedDependencies = {"shared"})
package id.konsultasi.office;

import org.springframework.modulith.ApplicationModule;
