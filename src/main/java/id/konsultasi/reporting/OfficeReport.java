package id.konsultasi.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.konsultasi.feedback.ComplaintSummary;
import id.konsultasi.feedback.SatisfactionIndex;

/**
 * The figures of one office for a period. Counts are maps from a label key (or a division's name) to a
 * number, in a stable order; medians are null when there is nothing to measure.
 */
public record OfficeReport(long officeId, String officeName, String zoneAbbreviation, ZoneId zone, Period period,
                           long requests, Map<String, Long> byChannel, Map<String, Long> byApplicantType,
                           Map<String, Long> byMode, Map<String, Long> byStatus, Map<String, Long> byDivision,
                           Share answerLetters, Share consultations, Share walkIns, Share reports,
                           Double medianAnswerWorkingHours, Double medianConsultationWorkingDays,
                           Double medianWalkInWaitMinutes, List<LateItem> late, ComplaintSummary complaints,
                           SatisfactionIndex satisfaction) {
}
