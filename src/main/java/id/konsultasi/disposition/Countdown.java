package id.konsultasi.disposition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import id.konsultasi.office.OfficeCalendar;

/**
 * A deadline counted down in the office's working time: on time with so many working days to go, due
 * today with so many working minutes left, or late by so many working days (or since earlier today).
 *
 * @param state          on time, due today or late
 * @param due            the deadline in the office's time zone
 * @param workingDays    working days to go (on time) or late by (late); 0 when due today
 * @param workingMinutes working minutes left (due today) or late by (late on the day it fell due)
 */
record Countdown(DeadlineState state, ZonedDateTime due, int workingDays, long workingMinutes) {

    /** The countdown of a deadline at a moment, or {@code null} when there is no deadline. */
    public static Countdown of(Instant due, Instant now, OfficeCalendar calendar) {
        if (due == null) {
            return null;
        }
        ZonedDateTime dueAt = due.atZone(calendar.zone());
        LocalDate dueDay = dueAt.toLocalDate();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        if (!now.isBefore(due)) {
            int daysLate = workingDaysBetween(dueDay, today, calendar);
            return new Countdown(DeadlineState.LATE, dueAt, daysLate,
                    daysLate == 0 ? calendar.workingMinutesBetween(due, now) : 0);
        }
        if (dueDay.equals(today)) {
            return new Countdown(DeadlineState.DUE_TODAY, dueAt, 0, calendar.workingMinutesBetween(now, due));
        }
        return new Countdown(DeadlineState.ON_TIME, dueAt, workingDaysBetween(today, dueDay, calendar), 0);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    static int workingDaysBetween(LocalDate from, LocalDate to, OfficeCalendar calendar) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    public boolean isLate() {
        return state == DeadlineState.LATE;
    }

    public long getHours() {
        return workingMinutes / 60;
    }

    public long getMinutes() {
        return workingMinutes % 60;
    }
}
