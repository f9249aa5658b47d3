package id.konsultasi.intake.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import id.konsultasi.office.OfficeCalendar;

/**
 * What the applicant chooses the preferred visit from: the office's next working days (from the day after today,
 * holidays left out) and the times within its hours. Office hours only: nothing about the officers' time is shown.
 */
final class VisitPicker {

    /** How many working days ahead the applicant may choose. */
    static final int DAYS = 10;
    /** The step between the times offered. */
    static final int STEP_MINUTES = 30;

    private VisitPicker() {
    }

    static List<LocalDate> days(OfficeCalendar calendar, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today;
        while (days.size() < DAYS) {
            day = calendar.nextWorkingDay(day);
            days.add(day);
        }
        return days;
    }

    static List<LocalTime> times(OfficeCalendar calendar) {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = calendar.opening(); t.isBefore(calendar.closing()); t = t.plusMinutes(STEP_MINUTES)) {
            times.add(t);
            if (t.plusMinutes(STEP_MINUTES).isBefore(t)) {
                break;
            }
        }
        return times;
    }
}
