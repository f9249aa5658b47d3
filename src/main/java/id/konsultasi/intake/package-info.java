/**
 * The applicant's side: the request form built from each office's standard, the receipt (page, PDF,
 * e-mail), tracking through a secret link, cancellation and completing an incomplete file.
 */
@ApplicationModule(displayName = "Intake")
package id.konsultasi.intake;

import org.springframework.modulith.ApplicationModule;
