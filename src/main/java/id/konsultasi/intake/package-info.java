/**
 * The applicant's side: the request form built from each office's standard, the receipt (page, PDF,
 * e-mail), tracking through a secret link, cancellation and completing an incomplete file.
 */
@ApplicationModule(displayName = "Intake",
        allowedDependencies = {"consultation", "disposition", "document", "notification", "office", "request", "scheduling", "shared", "verification"})
package id.konsultasi.intake;

import org.springframework.modulith.ApplicationModule;
