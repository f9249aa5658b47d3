package id.konsultasi.feedback;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.office.Holiday;
import id.konsultasi.office.Holidays;
import id.konsultasi.office.Office;

/**
 * A complaint's deadline counted the way a clerk would, without the working-day calendar: from the
 * receiving day (the day it arrived if that is a working day before closing time, else the next working
 * day), the given number of days that are neither a weekend nor a holiday the office observes, ending at
 * closing time.
 */
final class DeadlineByHand {

    private DeadlineByHand() {
    }

    static Instant due(Holidays holidays, Office office, Instant received, int workingDays) {
        ZoneId zone = office.zone();
        LocalDateTime local = LocalDateTime.ofInstant(received, zone);
        Set<LocalDate> daysOff = holidays.observedBy(office.getId(), local.toLocalDate().minusDays(1),
                local.toLocalDate().plusDays(90)).stream().map(Holiday::getDate).collect(Collectors.toSet());
        LocalDate day = local.toLocalDate();
        boolean afterClosing = !local.toLocalTime().isBefore(office.getWorkEnd());
        while (!working(day, daysOff) || afterClosing) {
            day = day.plusDays(1);
            afterClosing = false;
        }
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (working(day, daysOff)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, office.getWorkEnd(), zone).toInstant();
    }

    private static boolean working(LocalDate day, Set<LocalDate> daysOff) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(day);
    }
}
