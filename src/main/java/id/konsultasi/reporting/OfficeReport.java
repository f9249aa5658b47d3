package id.konsultasi.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.konsultasi.feedback.ComplaintSummary;
import id.konsultasi.feedback.SatisfactionIndex;
import id.konsultasi.shared.Period;

/**
 * The figures of one office for a period. Counts are maps from a label key (or a division's name) to a
 * number, in a stable order; medians are null when there is nothing to measure.
 *
 * @param divisionOfLeadOfficer the office assigns without disposing to a division (Buton), so a request counts in
 *                              the division of its lead officer; otherwise in the division it was disposed to
 * @param byDivision            per division's name; the requests without one under {@link #NOT_DISPOSED},
 *                              {@link #NOT_ASSIGNED} or {@link #LEAD_WITHOUT_DIVISION} (message keys)
 */
public record OfficeReport(long officeId, String officeName, String zoneAbbreviation, ZoneId zone, Period period,
                           long requests, Map<String, Long> byChannel, Map<String, Long> byApplicantType,
                           Map<String, Long> byMode, Map<String, Long> byStatus, boolean divisionOfLeadOfficer,
                           Map<String, Long> byDivision,
                           Share answerLetters, Share consultations, Share walkIns, Share reports,
                           Double medianAnswerWorkingHours, Double medianConsultationWorkingDays,
                           Double medianWalkInWaitMinutes, List<LateItem> late, ComplaintSummary complaints,
                           SatisfactionIndex satisfaction) {

    /** Not disposed to a division (yet): waiting for the head, refused, cancelled. */
    public static final String NOT_DISPOSED = "reporting.division.notDisposed";
    /** Not assigned to officers (yet), in an office that assigns without divisions. */
    public static final String NOT_ASSIGNED = "reporting.division.notAssigned";
    /** Assigned to a lead officer who belongs to no division. */
    public static final String LEAD_WITHOUT_DIVISION = "reporting.division.leadWithout";

    /** The title of {@link #byDivision}: the division disposed to, or the lead officer's. */
    public String byDivisionTitleKey() {
        return divisionOfLeadOfficer ? "reporting.byLeadDivision" : "reporting.byDivision";
    }

    /** Whether a key of {@link #byDivision} is one of the message keys above rather than a division's name. */
    public static boolean isWithoutDivision(String key) {
        return key.equals(NOT_DISPOSED) || key.equals(NOT_ASSIGNED) || key.equals(LEAD_WITHOUT_DIVISION);
    }
}
