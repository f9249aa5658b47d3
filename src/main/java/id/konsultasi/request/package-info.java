/**
 * The consultation request: the ConsultationRequest aggregate and its whole lifecycle (submitted,
 * received, disposed, assigned, scheduled, held, reported, closed; rejected, cancelled, no-show,
 * incomplete), its history, receipt and agenda numbers, deadlines, documents kept encrypted, and
 * the record of every opening of personal data.
 */
@ApplicationModule(displayName = "Request", allowedDependencies = {"account", "office", "shared"})
package id.konsultasi.request;

import org.springframework.modulith.ApplicationModule;
