package id.konsultasi.feedback.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.konsultasi.feedback.SatisfactionIndex;
import id.konsultasi.feedback.ServiceGrade;
import id.konsultasi.feedback.SkmQuestion;

/**
 * The official recap table of the IKM (rekapitulasi): per element its sum of scores, NRR, weighted NRR,
 * value on the 25-100 scale and grade; then the sum of the weighted NRR, the IKM and its grade. The same
 * figures for the page and both exports.
 */
record IndexRecap(LocalDate from, LocalDate to, long respondents, List<Row> rows, BigDecimal weightedTotal,
                  BigDecimal ikm, ServiceGrade grade) {

    /** NRR and weighted NRR are shown to three decimals, their sum to four; the IKM to two. Computed exactly. */
    static final int NRR_SCALE = 3;
    static final int TOTAL_SCALE = 4;

    record Row(SkmQuestion question, long sum, BigDecimal nrr, BigDecimal weighted, BigDecimal converted,
               ServiceGrade grade) {
    }

    static IndexRecap of(LocalDate from, LocalDate to, SatisfactionIndex index) {
        if (!index.hasRespondents()) {
            return new IndexRecap(from, to, 0, List.of(), null, null, null);
        }
        List<Row> rows = Arrays.stream(SkmQuestion.values()).map(q -> new Row(q, index.sum(q),
                index.nrr(q, NRR_SCALE), index.weightedNrr(q, NRR_SCALE), index.convertedNrr(q), index.grade(q)))
                .toList();
        return new IndexRecap(from, to, index.respondents(), rows, index.meanNrr(TOTAL_SCALE), index.ikm(),
                index.grade());
    }

    public boolean hasRespondents() {
        return respondents > 0;
    }
}
