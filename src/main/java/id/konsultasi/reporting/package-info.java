/**
 * The office's reports: for a period, the requests per channel, applicant type, mode, status and
 * division; the shares of answer letters sent, consultations held, walk-ins served and reports filed on
 * time, with median times and the late items; complaints and the IKM. Charts, CSV and XLSX exports, the
 * monthly recap as a PDF, and all offices for the system administrator. Reporting only reads: it reads
 * the other modules' tables through SQL and the feedback module through FeedbackStatistics.
 */
@ApplicationModule(displayName = "Reporting")
package id.konsultasi.reporting;

import org.springframework.modulith.ApplicationModule;
