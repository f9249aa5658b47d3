package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import id.konsultasi.office.OfficeCalendar;
import org.junit.jupiter.api.Test;

/** The walk-in limit counted in working minutes from arrival: on time under 75 %, close up to 100 %, late beyond. */
class WaitingTimeTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Monday 2 March 2026, a working day; Friday 6 March; the 7th and 8th are a weekend. */
    static final OfficeCalendar BUTON = new OfficeCalendar(WITA, LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of());

    static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(2026, 3, day), LocalTime.of(hour, minute), WITA).toInstant();
    }

    static WaitingTime waiting(Instant arrived, Instant now, Integer limit) {
        return WaitingTime.of(BUTON, arrived, null, now, limit);
    }

    @Test
    void underThreeQuartersOfTheLimitIsOnTime() {
        WaitingTime w = waiting(at(2, 9, 0), at(2, 9, 44), 60);
        assertThat(w.minutesUsed()).isEqualTo(44);
        assertThat(w.state()).isEqualTo(WaitState.ON_TIME);
        assertThat(w.minutesRemaining()).isEqualTo(16);
        assertThat(w.minutesOver()).isZero();
        assertThat(w.stillWaiting()).isTrue();
    }

    @Test
    void fromThreeQuartersUpToTheWholeLimitIsClose() {
        assertThat(waiting(at(2, 9, 0), at(2, 9, 45), 60).state()).isEqualTo(WaitState.CLOSE);
        WaitingTime atTheLimit = waiting(at(2, 9, 0), at(2, 10, 0), 60);
        assertThat(atTheLimit.state()).isEqualTo(WaitState.CLOSE);
        assertThat(atTheLimit.minutesRemaining()).isZero();
        // Bangka Belitung's 30 minutes: 22 is under 22.5, 23 is not
        assertThat(waiting(at(2, 9, 0), at(2, 9, 22), 30).state()).isEqualTo(WaitState.ON_TIME);
        assertThat(waiting(at(2, 9, 0), at(2, 9, 23), 30).state()).isEqualTo(WaitState.CLOSE);
    }

    @Test
    void beyondTheLimitIsLateAndSaysByHowMuch() {
        WaitingTime w = waiting(at(2, 9, 0), at(2, 10, 1), 60);
        assertThat(w.state()).isEqualTo(WaitState.LATE);
        assertThat(w.minutesOver()).isEqualTo(1);
        assertThat(w.minutesRemaining()).isZero();
    }

    @Test
    void beingLedToTheMeetingRoomStopsTheClock() {
        WaitingTime w = WaitingTime.of(BUTON, at(2, 9, 0), at(2, 9, 30), at(2, 15, 0), 30);
        assertThat(w.minutesUsed()).isEqualTo(30);
        assertThat(w.state()).isEqualTo(WaitState.CLOSE);
        assertThat(w.stillWaiting()).isFalse();
    }

    @Test
    void onlyWorkingMinutesCount() {
        // arrived ten minutes before closing on Friday; Monday 08:25 is 35 working minutes later
        WaitingTime w = waiting(at(6, 15, 50), at(9, 8, 25), 30);
        assertThat(w.minutesUsed()).isEqualTo(35);
        assertThat(w.state()).isEqualTo(WaitState.LATE);
        // before opening nothing counts yet
        assertThat(waiting(at(2, 7, 30), at(2, 7, 55), 30).minutesUsed()).isZero();
    }

    @Test
    void withoutALimitThereIsNoState() {
        WaitingTime w = waiting(at(2, 9, 0), at(2, 11, 0), null);
        assertThat(w.minutesUsed()).isEqualTo(120);
        assertThat(w.state()).isNull();
        assertThat(w.minutesRemaining()).isNull();
    }
}
