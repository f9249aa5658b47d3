/**
 * What the public tells the office about its service: complaints (pengaduan) from the public pages and
 * from the other channels (desk, box, e-mail, WhatsApp, SP4N-LAPOR!), each answered within the office's
 * own deadline in working days; and the public satisfaction survey (SKM, PermenPANRB 14/2017) after a
 * consultation or at the desk's kiosk, with its index (IKM). {@link id.konsultasi.feedback.FeedbackStatistics}
 * gives both per office and period to the reports.
 */
@ApplicationModule(displayName = "Feedback", allowedDependencies = {"notification", "office", "request", "shared"})
package id.konsultasi.feedback;

import org.springframework.modulith.ApplicationModule;
