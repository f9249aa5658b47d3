package id.konsultasi.reporting;

import java.math.BigDecimal;

import id.konsultasi.feedback.ComplaintSummary;
import id.konsultasi.feedback.ServiceGrade;

/**
 * The figures of one period of the public performance page, taken from the office's report for that period
 * ({@link ReportService}): the IKM and its grade (only with enough respondents, else null), the respondents, the
 * shares on time and the complaints.
 */
public record PerformanceFigures(PerformancePeriod period, long respondents, BigDecimal ikm, ServiceGrade grade,
                                 Share answerLetters, Share consultations, Share walkIns,
                                 ComplaintSummary complaints) {

    static PerformanceFigures of(PerformancePeriod period, OfficeReport report, int minRespondents) {
        var satisfaction = report.satisfaction();
        boolean enough = satisfaction.hasRespondents() && satisfaction.respondents() >= minRespondents;
        return new PerformanceFigures(period, satisfaction.respondents(), enough ? satisfaction.ikm() : null,
                enough ? satisfaction.grade() : null, report.answerLetters(), report.consultations(),
                report.walkIns(), report.complaints());
    }

    public boolean showsIkm() {
        return ikm != null;
    }
}
