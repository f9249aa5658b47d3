package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The IKM maths of PermenPANRB 14/2017 against worked examples built by hand: NRR per element, the
 * weight of exactly 1/9, the index x 25, rounding half up to two decimals, and the grade read from the
 * rounded value, including values right at the edges of the grades.
 */
class SatisfactionIndexTests {

    /** Ten respondents, their scores for U1 ... U9. */
    static final List<SkmAnswers> TEN_RESPONDENTS = List.of(
            SkmAnswers.of(4, 4, 3, 4, 3, 4, 4, 3, 3),
            SkmAnswers.of(3, 3, 3, 4, 3, 3, 4, 3, 2),
            SkmAnswers.of(4, 3, 2, 4, 3, 4, 4, 3, 3),
            SkmAnswers.of(3, 3, 3, 4, 4, 3, 3, 2, 3),
            SkmAnswers.of(4, 4, 4, 4, 3, 4, 4, 3, 4),
            SkmAnswers.of(3, 2, 3, 4, 3, 3, 3, 3, 2),
            SkmAnswers.of(3, 3, 2, 4, 3, 3, 4, 2, 3),
            SkmAnswers.of(4, 4, 3, 4, 4, 4, 4, 3, 3),
            SkmAnswers.of(2, 3, 3, 4, 3, 3, 3, 3, 3),
            SkmAnswers.of(3, 3, 3, 4, 3, 4, 4, 3, 2));

    @Test
    void theWorkedExampleOfTenRespondents() {
        SatisfactionIndex index = SatisfactionIndex.of(TEN_RESPONDENTS);

        assertThat(index.respondents()).isEqualTo(10);
        // column sums, by hand: U1 = 4+3+4+3+4+3+3+4+2+3 = 33, ...
        assertThat(SkmQuestionSums.of(index)).containsExactly(33L, 32L, 29L, 40L, 32L, 35L, 37L, 28L, 28L);
        assertThat(index.totalScore()).isEqualTo(294);

        // NRR = sum / 10
        assertThat(index.nrr(SkmQuestion.U1, 3)).isEqualByComparingTo("3.300");
        assertThat(index.nrr(SkmQuestion.U3, 3)).isEqualByComparingTo("2.900");
        assertThat(index.nrr(SkmQuestion.U4, 3)).isEqualByComparingTo("4.000");
        assertThat(index.nrr(SkmQuestion.U6, 3)).isEqualByComparingTo("3.500");
        assertThat(index.nrr(SkmQuestion.U9, 3)).isEqualByComparingTo("2.800");
        // weighted NRR = NRR / 9: 3.3 / 9 = 0.3666..., 4 / 9 = 0.4444...
        assertThat(index.weightedNrr(SkmQuestion.U1, 3)).isEqualByComparingTo("0.367");
        assertThat(index.weightedNrr(SkmQuestion.U4, 3)).isEqualByComparingTo("0.444");
        // sum of the weighted NRR = 294 / 90 = 3.2666...
        assertThat(index.meanNrr(4)).isEqualByComparingTo("3.2667");
        // IKM = 3.2666... x 25 = 245 / 3 = 81.666... -> 81.67, grade B (76.61 - 88.30)
        assertThat(index.ikm()).isEqualTo(new BigDecimal("81.67"));
        assertThat(index.grade()).isEqualTo(ServiceGrade.B);
        // one element on the index's scale: U4 = 4 x 25 = 100.00 (A), U8 = 2.8 x 25 = 70.00 (C)
        assertThat(index.convertedNrr(SkmQuestion.U4)).isEqualByComparingTo("100.00");
        assertThat(index.grade(SkmQuestion.U4)).isEqualTo(ServiceGrade.A);
        assertThat(index.convertedNrr(SkmQuestion.U8)).isEqualByComparingTo("70.00");
        assertThat(index.grade(SkmQuestion.U8)).isEqualTo(ServiceGrade.C);
    }

    @Test
    void theWeightIsExactlyOneNinthNotTheRoundedPointOneOneOne() {
        // with the rounded weight 0.111 the same answers would give (sum of the NRR = 29.4) x 0.111 x 25 = 81.585
        BigDecimal withRoundedWeight = new BigDecimal("29.4").multiply(new BigDecimal("0.111"))
                .multiply(BigDecimal.valueOf(25));
        assertThat(withRoundedWeight).isEqualByComparingTo("81.585");
        assertThat(SatisfactionIndex.of(TEN_RESPONDENTS).ikm()).isEqualTo(new BigDecimal("81.67"));
    }

    @Test
    void allOnesIsTwentyFiveAndAllFoursIsOneHundred() {
        assertThat(SatisfactionIndex.of(List.of(SkmAnswers.of(1, 1, 1, 1, 1, 1, 1, 1, 1))).ikm())
                .isEqualTo(new BigDecimal("25.00"));
        assertThat(SatisfactionIndex.of(List.of(SkmAnswers.of(1, 1, 1, 1, 1, 1, 1, 1, 1))).grade())
                .isEqualTo(ServiceGrade.D);
        assertThat(SatisfactionIndex.of(List.of(SkmAnswers.of(4, 4, 4, 4, 4, 4, 4, 4, 4))).ikm())
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(SatisfactionIndex.of(List.of(SkmAnswers.of(4, 4, 4, 4, 4, 4, 4, 4, 4))).grade())
                .isEqualTo(ServiceGrade.A);
    }

    /** IKM = 25 S / 9n for n respondents whose scores add up to S (spread over the nine elements). */
    static SatisfactionIndex withTotal(long respondents, long total) {
        long[] sums = new long[9];
        for (int i = 0; i < 9; i++) {
            sums[i] = total / 9 + (i < total % 9 ? 1 : 0);
        }
        return SatisfactionIndex.of(respondents, sums);
    }

    @Test
    void exactlySixtyFiveIsTheLowestC() {
        // 5 respondents, every element summed to 13 (an average answer of 2.6): 25 x 117 / 45 = 65 exactly
        SatisfactionIndex index = SatisfactionIndex.of(5, 13, 13, 13, 13, 13, 13, 13, 13, 13);
        assertThat(index.ikm()).isEqualTo(new BigDecimal("65.00"));
        assertThat(index.grade()).isEqualTo(ServiceGrade.C);
    }

    @Test
    void justBelowSixtyFiveRoundsEitherWay() {
        // 25 x 1357 / (9 x 58) = 64.9904... -> 64.99: D
        assertThat(withTotal(58, 1357).ikm()).isEqualTo(new BigDecimal("64.99"));
        assertThat(withTotal(58, 1357).grade()).isEqualTo(ServiceGrade.D);
        // 25 x 2644 / (9 x 113) = 64.99508... -> 65.00: C
        assertThat(withTotal(113, 2644).ikm()).isEqualTo(new BigDecimal("65.00"));
        assertThat(withTotal(113, 2644).grade()).isEqualTo(ServiceGrade.C);
    }

    @Test
    void betweenTheBandsOfCAndBTheRoundedValueDecides() {
        // exactly 76.60: 25 x 3447 / (9 x 125) -> C
        assertThat(withTotal(125, 3447).ikm()).isEqualTo(new BigDecimal("76.60"));
        assertThat(withTotal(125, 3447).grade()).isEqualTo(ServiceGrade.C);
        // 25 x 524 / (9 x 19) = 76.6081..., in the gap between 76.60 and 76.61 -> rounds to 76.61: B
        assertThat(withTotal(19, 524).ikm()).isEqualTo(new BigDecimal("76.61"));
        assertThat(withTotal(19, 524).grade()).isEqualTo(ServiceGrade.B);
        // exactly 76.61: 25 x 68949 / (9 x 2500) -> B
        assertThat(withTotal(2500, 68949).ikm()).isEqualTo(new BigDecimal("76.61"));
        assertThat(withTotal(2500, 68949).grade()).isEqualTo(ServiceGrade.B);
    }

    @Test
    void atTheEdgeOfAHalfRoundsUp() {
        // 25 x 604 / (9 x 19) = 88.3040... -> 88.30: B
        assertThat(withTotal(19, 604).ikm()).isEqualTo(new BigDecimal("88.30"));
        assertThat(withTotal(19, 604).grade()).isEqualTo(ServiceGrade.B);
        // exactly 88.305: 25 x 158949 / (9 x 5000); half up gives 88.31, an A (half-even would give 88.30, a B)
        assertThat(withTotal(5000, 158949).ikm()).isEqualTo(new BigDecimal("88.31"));
        assertThat(withTotal(5000, 158949).grade()).isEqualTo(ServiceGrade.A);
        // 25 x 1367 / (9 x 43) = 88.3074... -> 88.31: A
        assertThat(withTotal(43, 1367).grade()).isEqualTo(ServiceGrade.A);
        // exactly 88.31: 25 x 79479 / (9 x 2500) -> A
        assertThat(withTotal(2500, 79479).ikm()).isEqualTo(new BigDecimal("88.31"));
        assertThat(withTotal(2500, 79479).grade()).isEqualTo(ServiceGrade.A);
    }

    @Test
    void gradesAreReadFromTwoDecimalsOnly() {
        assertThat(ServiceGrade.of(new BigDecimal("88.31"))).isEqualTo(ServiceGrade.A);
        assertThat(ServiceGrade.of(new BigDecimal("88.30"))).isEqualTo(ServiceGrade.B);
        assertThat(ServiceGrade.of(new BigDecimal("76.61"))).isEqualTo(ServiceGrade.B);
        assertThat(ServiceGrade.of(new BigDecimal("76.60"))).isEqualTo(ServiceGrade.C);
        assertThat(ServiceGrade.of(new BigDecimal("65.00"))).isEqualTo(ServiceGrade.C);
        assertThat(ServiceGrade.of(new BigDecimal("64.99"))).isEqualTo(ServiceGrade.D);
        assertThatThrownBy(() -> ServiceGrade.of(new BigDecimal("88.305"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceGrade.of(new BigDecimal("24.99"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleSumsAndAnswersAreRefused() {
        assertThatThrownBy(() -> SatisfactionIndex.of(2, 9, 2, 2, 2, 2, 2, 2, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkmAnswers.of(0, 1, 1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkmAnswers.of(5, 1, 1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SatisfactionIndex.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).hasRespondents()).isFalse();
        assertThatThrownBy(() -> SatisfactionIndex.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0).ikm())
                .isInstanceOf(IllegalStateException.class);
    }

    /** The nine sums of an index, in order. */
    static final class SkmQuestionSums {
        static List<Long> of(SatisfactionIndex index) {
            return java.util.Arrays.stream(SkmQuestion.values()).map(index::sum).toList();
        }
    }
}
