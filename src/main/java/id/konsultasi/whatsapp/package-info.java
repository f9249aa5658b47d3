/**
 * What the applicant is told outside the e-mail: every message the applicant is owed (receipt, incomplete-file
 * notice, answer letter, refusal, reminder, closing letter, survey invitation) offered to the staff as a WhatsApp
 * message (wa.me) and, for the letters, as a print handed over at the counter, each recorded with who and when; the
 * request page's list of what the applicant has and has not been told (an {@code request.ApplicantNoticeSource});
 * and, when {@code konsultasi.whatsapp.enabled}, the same messages queued for the Cloud API sender of the
 * notification module. Nothing depends on this module.
 */
@ApplicationModule(displayName = "WhatsApp and print",
        allowedDependencies = {"notification", "office", "request", "scheduling", "shared"})
package id.konsultasi.whatsapp;

import org.springframework.modulith.ApplicationModule;
