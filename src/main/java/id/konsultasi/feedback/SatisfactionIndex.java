package id.konsultasi.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The public satisfaction index (IKM) of a set of survey answers, PermenPANRB 14/2017, computed exactly.
 *
 * <p>With n respondents and S<sub>i</sub> the sum of the scores given to element i:
 * NRR<sub>i</sub> = S<sub>i</sub> / n; the weighted NRR<sub>i</sub> = NRR<sub>i</sub> &times; 1/9 (the
 * regulation's equal weight, exactly one ninth and not 0.111); IKM = (&Sigma; weighted NRR) &times; 25
 * = 25 &middot; &Sigma;S<sub>i</sub> / (9n). Every figure is kept as that fraction of integers and
 * rounded only when shown: the IKM half-up to two decimals, and the grade is read from that rounded
 * value (the regulation's bands are two-decimal bands: 88.305 rounds to 88.31 and is an A, 88.3049...
 * rounds to 88.30 and is a B).
 */
public final class SatisfactionIndex {

    /** The conversion from the 1-4 scale to the 25-100 index. */
    public static final int CONVERSION = 25;
    public static final int ELEMENTS = SkmQuestion.values().length;
    /** The IKM's own precision. */
    public static final int IKM_SCALE = 2;

    private final long respondents;
    private final long[] sums;

    private SatisfactionIndex(long respondents, long[] sums) {
        this.respondents = respondents;
        this.sums = sums;
    }

    /**
     * @param respondents how many answered (every one of them answered all nine elements)
     * @param sums        the sum of the scores of each element, U1 to U9
     */
    public static SatisfactionIndex of(long respondents, long... sums) {
        if (sums.length != ELEMENTS) {
            throw new IllegalArgumentException("nine sums, U1 to U9");
        }
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents cannot be negative");
        }
        for (long sum : sums) {
            if (sum < respondents * SkmQuestion.LOWEST || sum > respondents * SkmQuestion.HIGHEST) {
                throw new IllegalArgumentException("a sum lies between n and 4n; " + sum + " with n = " + respondents);
            }
        }
        return new SatisfactionIndex(respondents, sums.clone());
    }

    /** The index of the given answers. */
    public static SatisfactionIndex of(List<SkmAnswers> answers) {
        long[] sums = new long[ELEMENTS];
        for (SkmAnswers a : answers) {
            for (SkmQuestion q : SkmQuestion.values()) {
                sums[q.ordinal()] += a.score(q);
            }
        }
        return of(answers.size(), sums);
    }

    public long respondents() {
        return respondents;
    }

    public boolean hasRespondents() {
        return respondents > 0;
    }

    /** S<sub>i</sub>: the sum of the scores given to one element. */
    public long sum(SkmQuestion question) {
        return sums[question.ordinal()];
    }

    /** &Sigma;S<sub>i</sub>: all scores given. */
    public long totalScore() {
        return Arrays.stream(sums).sum();
    }

    /** NRR<sub>i</sub> = S<sub>i</sub> / n, rounded half-up to the scale. */
    public BigDecimal nrr(SkmQuestion question, int scale) {
        return ratio(sum(question), respondents, scale);
    }

    /** NRR<sub>i</sub> &times; 1/9 = S<sub>i</sub> / 9n, rounded half-up to the scale. */
    public BigDecimal weightedNrr(SkmQuestion question, int scale) {
        return ratio(sum(question), respondents * ELEMENTS, scale);
    }

    /** &Sigma; weighted NRR = the mean of the nine NRR = &Sigma;S<sub>i</sub> / 9n, rounded half-up to the scale. */
    public BigDecimal meanNrr(int scale) {
        return ratio(totalScore(), respondents * ELEMENTS, scale);
    }

    /** NRR<sub>i</sub> &times; 25 = 25 S<sub>i</sub> / n, to two decimals: one element on the index's scale. */
    public BigDecimal convertedNrr(SkmQuestion question) {
        return ratio(CONVERSION * sum(question), respondents, IKM_SCALE);
    }

    /** The grade one element would have on its own. */
    public ServiceGrade grade(SkmQuestion question) {
        return ServiceGrade.of(convertedNrr(question));
    }

    /** IKM = 25 &Sigma;S<sub>i</sub> / 9n, rounded half-up to two decimals. */
    public BigDecimal ikm() {
        return ratio(CONVERSION * totalScore(), respondents * ELEMENTS, IKM_SCALE);
    }

    /** The quality of service of the IKM rounded to two decimals. */
    public ServiceGrade grade() {
        return ServiceGrade.of(ikm());
    }

    private BigDecimal ratio(long numerator, long denominator, int scale) {
        if (respondents == 0) {
            throw new IllegalStateException("no respondents, no index");
        }
        // BigDecimal division to a scale rounds the exact quotient: no intermediate rounding anywhere
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }
}
