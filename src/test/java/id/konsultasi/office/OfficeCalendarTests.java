package id.konsultasi.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The hard cases of the working-day calendar, with the 2026 holidays of the SKB. */
class OfficeCalendarTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** the 2026 days off around the cases below, plus New Year 2027 */
    static final Set<LocalDate> DAYS_OFF = Set.of(
            LocalDate.of(2026, 5, 27), LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 16),
            LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    final OfficeCalendar buton = new OfficeCalendar(WITA, LocalTime.of(8, 0), LocalTime.of(16, 0), DAYS_OFF);
    final OfficeCalendar babel = new OfficeCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0), DAYS_OFF);

    static Instant at(int y, int m, int d, int h, int min, ZoneId zone) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, zone).toInstant();
    }

    static ZonedDateTime local(int y, int m, int d, int h, int min, ZoneId zone) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, zone);
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendsAndHolidaysAreNotWorkingDays() {
            assertThat(buton.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue(); // Monday
            assertThat(buton.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
            assertThat(buton.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
            assertThat(buton.isWorkingDay(LocalDate.of(2026, 6, 1))).isFalse(); // Hari Lahir Pancasila
            assertThat(buton.isWorkingDay(LocalDate.of(2026, 5, 28))).isFalse(); // cuti bersama Idul Adha
        }

        @Test
        void aRequestArrivingFridayAfterHoursBeforeAMondayHolidayCountsFromTuesday() {
            // Friday 29 May 2026, 17:05 WITA; Monday 1 June is Hari Lahir Pancasila
            Instant friday = at(2026, 5, 29, 17, 5, WITA);
            assertThat(buton.receivingDay(friday)).isEqualTo(LocalDate.of(2026, 6, 2));
            // answer letter within 1 working day: closing time of Wednesday 3 June
            assertThat(buton.workingDaysAfter(friday, 1)).isEqualTo(local(2026, 6, 3, 16, 0, WITA));
            // consultation within 3 working days: Friday 5 June
            assertThat(buton.workingDaysAfter(friday, 3)).isEqualTo(local(2026, 6, 5, 16, 0, WITA));
        }

        @Test
        void aRequestArrivingFridayInWorkingHoursCountsFromFriday() {
            Instant friday = at(2026, 5, 29, 10, 0, WITA);
            assertThat(buton.receivingDay(friday)).isEqualTo(LocalDate.of(2026, 5, 29));
            assertThat(buton.workingDaysAfter(friday, 1)).isEqualTo(local(2026, 6, 2, 16, 0, WITA));
        }

        @Test
        void aRequestBeforeOpeningCountsFromThatDay() {
            Instant early = at(2026, 11, 23, 6, 30, WITA);
            assertThat(buton.receivingDay(early)).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(buton.workingDaysAfter(early, 0)).isEqualTo(local(2026, 11, 23, 16, 0, WITA));
        }

        @Test
        void aRequestOnSaturdayCountsFromMonday() {
            Instant saturday = at(2026, 11, 28, 10, 0, WITA);
            assertThat(buton.receivingDay(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(buton.workingDaysAfter(saturday, 1)).isEqualTo(local(2026, 12, 1, 16, 0, WITA));
        }

        @Test
        void deadlinesCrossTheYearEndSkippingChristmasAndNewYear() {
            // Wednesday 23 December 2026: 24 (cuti bersama) and 25 (Natal) are off, then a weekend
            Instant beforeChristmas = at(2026, 12, 23, 9, 0, WITA);
            assertThat(buton.workingDaysAfter(beforeChristmas, 1)).isEqualTo(local(2026, 12, 28, 16, 0, WITA));
            // Wednesday 30 December: Thursday 31, (1 January off, weekend), Monday 4, Tuesday 5 January 2027
            Instant yearEnd = at(2026, 12, 30, 15, 0, WITA);
            assertThat(buton.workingDaysAfter(yearEnd, 3)).isEqualTo(local(2027, 1, 5, 16, 0, WITA));
        }

        @Test
        void theSameInstantIsAfterHoursInWitaButInsideHoursInWib() {
            // 08:30 UTC = 16:30 WITA (Buton closed) = 15:30 WIB (Bangka Belitung open)
            Instant instant = Instant.parse("2026-11-23T08:30:00Z");
            assertThat(buton.receivingDay(instant)).isEqualTo(LocalDate.of(2026, 11, 24));
            assertThat(babel.receivingDay(instant)).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(buton.workingDaysAfter(instant, 1)).isEqualTo(local(2026, 11, 25, 16, 0, WITA));
            assertThat(babel.workingDaysAfter(instant, 1)).isEqualTo(local(2026, 11, 24, 16, 0, WIB));
            assertThat(buton.isOpen(instant)).isFalse();
            assertThat(babel.isOpen(instant)).isTrue();
        }

        @Test
        void workingDaysUntilCountsOnlyWorkingDays() {
            Instant monday = at(2026, 11, 23, 9, 0, WITA);
            assertThat(buton.workingDaysUntil(monday, LocalDate.of(2026, 11, 23))).isZero();
            assertThat(buton.workingDaysUntil(monday, LocalDate.of(2026, 11, 30))).isEqualTo(5);
        }

        @Test
        void negativeLimitsAreRefused() {
            assertThatThrownBy(() -> buton.workingDaysAfter(TestClock.INSTANCE.instant(), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OfficeCalendar(WIB, LocalTime.of(16, 0), LocalTime.of(8, 0), Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class WorkingMinutes {

        @Test
        void aWalkInInsideHoursIsDueWithinTheSameDay() {
            Instant arrival = at(2026, 11, 23, 10, 15, WIB);
            assertThat(babel.workingMinutesAfter(arrival, 30)).isEqualTo(local(2026, 11, 23, 10, 45, WIB));
        }

        @Test
        void minutesLeftAtClosingCarryOverToTheNextWorkingMorning() {
            // Friday 29 May 2026, 15:50 WIB, 30-minute limit: 10 minutes Friday, 20 minutes Tuesday (Monday is a holiday)
            Instant arrival = at(2026, 5, 29, 15, 50, WIB);
            assertThat(babel.workingMinutesAfter(arrival, 30)).isEqualTo(local(2026, 6, 2, 8, 20, WIB));
        }

        @Test
        void aWalkInAfterHoursStartsCountingAtOpening() {
            Instant evening = Instant.parse("2026-11-23T08:30:00Z"); // 16:30 WITA
            assertThat(buton.workingMinutesAfter(evening, 60)).isEqualTo(local(2026, 11, 24, 9, 0, WITA));
            assertThat(babel.workingMinutesAfter(evening, 30)).isEqualTo(local(2026, 11, 23, 16, 0, WIB));
        }

        @Test
        void workingMinutesBetweenSkipNightsWeekendsAndHolidays() {
            Instant friday = at(2026, 5, 29, 15, 30, WITA);
            Instant tuesday = at(2026, 6, 2, 8, 45, WITA);
            assertThat(buton.workingMinutesBetween(friday, tuesday)).isEqualTo(30 + 45);
            assertThat(buton.workingMinutesBetween(tuesday, friday)).isZero();
            Instant sameDay = at(2026, 11, 23, 9, 0, WITA);
            assertThat(buton.workingMinutesBetween(sameDay, at(2026, 11, 23, 9, 59, WITA))).isEqualTo(59);
        }

        @Test
        void minutesAfterAndBetweenAgree() {
            Instant arrival = at(2026, 12, 23, 15, 0, WIB);
            ZonedDateTime due = babel.workingMinutesAfter(arrival, 90);
            assertThat(due).isEqualTo(local(2026, 12, 28, 8, 30, WIB));
            assertThat(babel.workingMinutesBetween(arrival, due.toInstant())).isEqualTo(90);
        }
    }
}
