package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import id.konsultasi.shared.web.PeriodForm;
import org.junit.jupiter.api.Test;

/** One period for every page: whole days, never reversed, at most a year; the form keeps what was typed. */
class PeriodTests {

    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final Period BY_DEFAULT = Period.of(YearMonth.of(2026, 3));

    @Test
    void aPeriodIsNeverReversedNorLongerThanAYear() {
        assertThat(Period.problem(MARCH_2, MARCH_2.minusDays(1))).isEqualTo(Period.REVERSED);
        assertThat(Period.problem(MARCH_2, MARCH_2.plusDays(Period.MAX_DAYS))).isEqualTo(Period.TOO_LONG);
        assertThat(Period.problem(MARCH_2, MARCH_2.plusDays(Period.MAX_DAYS - 1))).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(MARCH_2, MARCH_2.minusDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(MARCH_2, null));
    }

    @Test
    void itsMomentsAreTheOfficesWholeDays() {
        Period day = new Period(MARCH_2, MARCH_2);
        assertThat(day.isSingleDay()).isTrue();
        assertThat(day.start(ZoneId.of("Asia/Makassar"))).hasToString("2026-03-01T16:00:00Z");
        assertThat(day.end(ZoneId.of("Asia/Makassar"))).hasToString("2026-03-02T16:00:00Z");
        assertThat(BY_DEFAULT).isEqualTo(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void theFormGivesThePagesDefaultWhenNothingOrAnImpossiblePeriodWasTyped() {
        assertThat(new PeriodForm().period(BY_DEFAULT)).isEqualTo(BY_DEFAULT);
        assertThat(new PeriodForm().getError()).isNull();

        PeriodForm reversed = new PeriodForm(MARCH_2, MARCH_2.minusDays(1));
        assertThat(reversed.getError()).isEqualTo(Period.REVERSED);
        assertThat(reversed.period(BY_DEFAULT)).isEqualTo(BY_DEFAULT);
        assertThat(reversed.getDari()).isEqualTo(MARCH_2);

        assertThat(new PeriodForm(MARCH_2, null).period(BY_DEFAULT)).isEqualTo(new Period(MARCH_2, MARCH_2));
        assertThat(new PeriodForm(null, MARCH_2).period(BY_DEFAULT)).isEqualTo(new Period(MARCH_2, MARCH_2));
        assertThat(new PeriodForm(MARCH_2, MARCH_2.plusDays(6)).period(BY_DEFAULT))
                .isEqualTo(new Period(MARCH_2, MARCH_2.plusDays(6)));
    }
}
