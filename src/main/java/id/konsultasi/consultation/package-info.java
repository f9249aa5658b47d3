/**
 * Holding the consultation and the Laporan Hasil Konsultasi: the officers record that it took place
 * (when, who attended, how) and its result (the problem, the discussion, the advice, recommendations and
 * solutions, data handed over, follow-up), with drafts that survive an expired session; the report goes
 * to the head through the division head where the office's standard says so, is returned or forwarded
 * and acknowledged; the applicant gets the closing letter the officer chose; late reports are listed.
 * {@link id.konsultasi.consultation.ReportDeadline} is the one rule of a late report, and
 * {@link id.konsultasi.consultation.ConsultationStatistics} answers the reports with it.
 */
@ApplicationModule(displayName = "Consultation",
        allowedDependencies = {"account", "document", "notification", "office", "request", "scheduling", "shared", "verification"})
package id.konsultasi.consultation;

import org.springframework.modulith.ApplicationModule;
