/**
 * The office's reports: for a period, the requests per channel, applicant type, mode, status and
 * division; the shares of answer letters sent, consultations held, walk-ins served and reports filed on
 * time, with median times and the late items; complaints and the IKM. Charts, CSV and XLSX exports, the
 * monthly recap as a PDF, and all offices for the system administrator. Reporting only reads: it asks the
 * consultation module through ConsultationStatistics (held when, report due, filed, on time), the feedback
 * module through FeedbackStatistics, and reads the other modules' tables through SQL.
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"consultation", "document", "feedback", "office", "request", "shared"})
package id.konsultasi.reporting;

import org.springframework.modulith.ApplicationModule;
