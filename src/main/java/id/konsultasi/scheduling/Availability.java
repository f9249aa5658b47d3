package id.konsultasi.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.WorkingDayCalendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who and what is free in a week: the grid of slots the scheduling page shows, from the office's hours and the
 * officers' and room's bookings, read in one statement for the whole week. A help to choose: the checks that decide
 * stay in {@link SchedulingService}.
 */
@Component
public class Availability {

    /** The working days of a week on the grid (Monday to Friday). */
    static final int DAYS = 5;

    private final Appointments appointments;
    private final WorkingDayCalendar calendars;

    Availability(Appointments appointments, WorkingDayCalendar calendars) {
        this.appointments = appointments;
        this.calendars = calendars;
    }

    /** Why a slot can or cannot be chosen. */
    public enum SlotState {
        FREE, TAKEN, OUTSIDE_HOURS, PAST;

        /** The word the grid shows: the state is said in text, never by colour alone. */
        public String labelKey() {
            return "schedule.week.state." + name();
        }
    }

    /** Who holds a taken slot: one of the officers, or the room, for a request (its receipt number). */
    public record Holder(Long officerId, Long roomId, String receiptNumber) {
    }

    /** One slot: its start and end in the office's time, its state, whether it ends after the deadline, its holders. */
    public record GridSlot(LocalDateTime start, LocalTime end, SlotState state, boolean late, List<Holder> holders) {

        public boolean choosable() {
            return state == SlotState.FREE;
        }

        /** The value of its radio: {@code 2026-12-01T11:00}. */
        public String value() {
            return start.toString();
        }
    }

    /** One day of the week: a day off has no slots. */
    public record GridDay(LocalDate date, boolean workingDay, List<GridSlot> slots) {
    }

    /** The week from its Monday, day by day. */
    public record Week(LocalDate monday, List<GridDay> days) {

        public LocalDate previous() {
            return monday.minusWeeks(1);
        }

        public LocalDate next() {
            return monday.plusWeeks(1);
        }

        public LocalDate friday() {
            return monday.plusDays(DAYS - 1);
        }
    }

    /** What the grid is asked for: the officers and the room to check, the appointment being moved, the deadline. */
    public record Question(Collection<Long> officerIds, Long roomId, Long exceptAppointment, Instant deadline) {
    }

    /**
     * The week of {@code day} in slots of {@code minutes} from the office's opening: a slot that would pass closing
     * time is outside hours, one that has begun is past, one that an officer or the room holds is taken.
     */
    @Transactional(readOnly = true)
    public Week week(Office office, LocalDate day, int minutes, Question question, Instant now) {
        OfficeCalendar calendar = calendars.forOffice(office);
        ZoneId zone = office.zone();
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        Instant from = ZonedDateTime.of(monday, calendar.opening(), zone).toInstant();
        Instant to = ZonedDateTime.of(monday.plusDays(DAYS - 1), calendar.closing(), zone).toInstant();
        Map<Long, Booking> bookings = new LinkedHashMap<>();
        for (Object[] row : appointments.bookingsBetween(office.getId(), from, to)) {
            long id = (Long) row[0];
            if (question.exceptAppointment() != null && question.exceptAppointment() == id) {
                continue;
            }
            bookings.computeIfAbsent(id, k -> new Booking((String) row[2], (Instant) row[3], (Instant) row[4],
                    (Long) row[5], new LinkedHashSet<>())).officers().add((Long) row[6]);
        }
        List<GridDay> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = monday.plusDays(i);
            if (!calendar.isWorkingDay(date)) {
                days.add(new GridDay(date, false, List.of()));
                continue;
            }
            List<GridSlot> slots = new ArrayList<>();
            for (LocalTime start = calendar.opening(); start.isBefore(calendar.closing());
                 start = start.plusMinutes(minutes)) {
                slots.add(slot(date, start, minutes, calendar, zone, bookings.values(), question, now));
                if (start.plusMinutes(minutes).isBefore(start)) {
                    break;
                }
            }
            days.add(new GridDay(date, true, slots));
        }
        return new Week(monday, days);
    }

    private static GridSlot slot(LocalDate date, LocalTime start, int minutes, OfficeCalendar calendar, ZoneId zone,
                                 Collection<Booking> bookings, Question question, Instant now) {
        ZonedDateTime begins = ZonedDateTime.of(date, start, zone);
        ZonedDateTime ends = begins.plusMinutes(minutes);
        LocalDateTime at = LocalDateTime.of(date, start);
        boolean late = question.deadline() != null && ends.toInstant().isAfter(question.deadline());
        if (!ends.toLocalDate().equals(date) || ends.toLocalTime().isAfter(calendar.closing())) {
            return new GridSlot(at, ends.toLocalTime(), SlotState.OUTSIDE_HOURS, late, List.of());
        }
        if (!begins.toInstant().isAfter(now)) {
            return new GridSlot(at, ends.toLocalTime(), SlotState.PAST, late, List.of());
        }
        List<Holder> holders = new ArrayList<>();
        for (Booking b : bookings) {
            if (!b.start().isBefore(ends.toInstant()) || !b.end().isAfter(begins.toInstant())) {
                continue;
            }
            b.officers().stream().filter(question.officerIds()::contains)
                    .forEach(officer -> holders.add(new Holder(officer, null, b.receiptNumber())));
            if (question.roomId() != null && question.roomId().equals(b.roomId())) {
                holders.add(new Holder(null, b.roomId(), b.receiptNumber()));
            }
        }
        return new GridSlot(at, ends.toLocalTime(), holders.isEmpty() ? SlotState.FREE : SlotState.TAKEN, late,
                List.copyOf(holders));
    }

    /** An active appointment of the week as the grid needs it. */
    private record Booking(String receiptNumber, Instant start, Instant end, Long roomId, Set<Long> officers) {
    }
}
