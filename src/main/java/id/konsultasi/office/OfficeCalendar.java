package id.konsultasi.office;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The working-day calendar of one office: Monday to Friday within its working hours, in its own time
 * zone, minus the national holidays, cuti bersama and the office's own days off.
 *
 * <p>Deadlines in working days: a request counts as received on its <em>receiving day</em>, the day
 * it arrives if that is a working day and it arrives before closing time, otherwise the next working
 * day. A limit of N working days ends at closing time of the N-th working day after the receiving
 * day (N = 0: closing time of the receiving day).
 *
 * <p>Deadlines in minutes count only minutes inside working hours of working days: a walk-in who
 * arrives ten minutes before closing with a 30-minute limit is due twenty minutes after opening on
 * the next working day.
 */
public final class OfficeCalendar {

    private final ZoneId zone;
    private final LocalTime open;
    private final LocalTime close;
    private final Set<LocalDate> daysOff;

    public OfficeCalendar(ZoneId zone, LocalTime open, LocalTime close, Set<LocalDate> daysOff) {
        if (!open.isBefore(close)) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
        this.zone = zone;
        this.open = open;
        this.close = close;
        this.daysOff = Set.copyOf(daysOff);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opening() {
        return open;
    }

    public LocalTime closing() {
        return close;
    }

    /** How many holidays and cuti bersama the calendar knows in a year (national ones and the office's own). */
    public long daysOffIn(Year year) {
        return daysOff.stream().filter(day -> day.getYear() == year.getValue()).count();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    /** The first working day strictly after the given day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The given day if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /** The working day on which something arriving at this moment counts as received. */
    public LocalDate receivingDay(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(close)) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** Closing time of the N-th working day after the receiving day of {@code received}. */
    public ZonedDateTime workingDaysAfter(Instant received, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = receivingDay(received);
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day);
        }
        return ZonedDateTime.of(day, close, zone);
    }

    /** The moment at which the given number of working minutes have passed since {@code from}. */
    public ZonedDateTime workingMinutesAfter(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        ZonedDateTime cursor = startOfWork(from);
        long remaining = minutes;
        while (true) {
            ZonedDateTime closing = ZonedDateTime.of(cursor.toLocalDate(), close, zone);
            long available = Duration.between(cursor, closing).toMinutes();
            if (remaining <= available) {
                return cursor.plusMinutes(remaining);
            }
            remaining -= available;
            cursor = ZonedDateTime.of(nextWorkingDay(cursor.toLocalDate()), open, zone);
        }
    }

    /** Working minutes between two moments; zero when {@code to} is not after {@code from}. */
    public long workingMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(to, zone);
        long seconds = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant dayOpen = ZonedDateTime.of(day, open, zone).toInstant();
            Instant dayClose = ZonedDateTime.of(day, close, zone).toInstant();
            Instant start = from.isAfter(dayOpen) ? from : dayOpen;
            Instant end = to.isBefore(dayClose) ? to : dayClose;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).getSeconds();
            }
        }
        return seconds / 60;
    }

    /** Working days from the receiving day of {@code from} up to the given day (0 if on or before it). */
    public int workingDaysUntil(Instant from, LocalDate day) {
        LocalDate cursor = receivingDay(from);
        int count = 0;
        while (cursor.isBefore(day)) {
            cursor = nextWorkingDay(cursor);
            if (!cursor.isAfter(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the moment falls inside working hours of a working day. */
    public boolean isOpen(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(open) && time.isBefore(close);
    }

    private ZonedDateTime startOfWork(Instant from) {
        ZonedDateTime local = from.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!isWorkingDay(day) || !time.isBefore(close)) {
            return ZonedDateTime.of(nextWorkingDay(day), open, zone);
        }
        if (time.isBefore(open)) {
            return ZonedDateTime.of(day, open, zone);
        }
        return local.withSecond(0).withNano(0);
    }
}
