package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import id.konsultasi.office.OfficeCalendar;
import org.junit.jupiter.api.Test;

/** Deadlines counted down in the office's working time: on time, due today, late. */
class CountdownTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final OfficeCalendar BUTON = new OfficeCalendar(WITA, LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of());

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
    }

    @Test
    void daysAheadAreWorkingDays() {
        Countdown c = Countdown.of(at("2026-11-25T16:00"), at("2026-11-23T10:00"), BUTON); // Monday, due Wednesday
        assertThat(c.state()).isEqualTo(DeadlineState.ON_TIME);
        assertThat(c.workingDays()).isEqualTo(2);
        Countdown overWeekend = Countdown.of(at("2026-11-30T16:00"), at("2026-11-27T09:00"), BUTON); // Friday, due Monday
        assertThat(overWeekend.workingDays()).isEqualTo(1);
        OfficeCalendar withHoliday = new OfficeCalendar(WITA, LocalTime.of(8, 0), LocalTime.of(16, 0),
                Set.of(LocalDate.of(2026, 11, 26)));
        assertThat(Countdown.of(at("2026-11-27T16:00"), at("2026-11-23T10:00"), withHoliday).workingDays())
                .as("Tuesday, Wednesday and Friday; Thursday is a holiday").isEqualTo(3);
    }

    @Test
    void onTheLastDayTheWorkingMinutesLeftAreCounted() {
        Countdown c = Countdown.of(at("2026-11-25T16:00"), at("2026-11-25T14:30"), BUTON);
        assertThat(c.state()).isEqualTo(DeadlineState.DUE_TODAY);
        assertThat(c.getHours()).isEqualTo(1);
        assertThat(c.getMinutes()).isEqualTo(30);
    }

    @Test
    void afterTheDeadlineItIsLateByWorkingDays() {
        Countdown sameEvening = Countdown.of(at("2026-11-25T16:00"), at("2026-11-25T19:00"), BUTON);
        assertThat(sameEvening.state()).isEqualTo(DeadlineState.LATE);
        assertThat(sameEvening.workingDays()).isZero();
        Countdown nextMonday = Countdown.of(at("2026-11-27T16:00"), at("2026-11-30T09:00"), BUTON);
        assertThat(nextMonday.state()).isEqualTo(DeadlineState.LATE);
        assertThat(nextMonday.workingDays()).as("the weekend does not count").isEqualTo(1);
        assertThat(Countdown.of(at("2026-11-25T16:00"), at("2026-12-02T09:00"), BUTON).workingDays()).isEqualTo(5);
    }

    @Test
    void noDeadlineNoCountdown() {
        assertThat(Countdown.of(null, at("2026-11-25T16:00"), BUTON)).isNull();
    }
}
