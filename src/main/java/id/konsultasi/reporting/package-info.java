/**
 * The office's reports: for a period, the requests per channel, applicant type, mode, status and
 * division; the shares of answer letters sent, consultations held, walk-ins served and reports filed on
 * time, with median times and the late items; complaints and the IKM. Charts, CSV and XLSX exports, the
 * monthly recap as a PDF, and all offices for the system administrator. Reporting only reads, and reads
 * no other module's table: it asks each module through its statistics (RequestStatistics, AppointmentStatistics,
 * DispositionStatistics, DeskStatistics, ConsultationStatistics, FeedbackStatistics) and the office for the
 * divisions' names.
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"consultation", "desk", "disposition", "document", "feedback", "office", "request",
                "scheduling", "shared", "verification"})
package id.konsultasi.reporting;

import org.springframework.modulith.ApplicationModule;
