package id.konsultasi.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.WorkingDayCalendar;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who and what is free on a day: the officers' and rooms' bookings, and the windows free for all the officers. */
@Component
public class Availability {

    private final Appointments appointments;
    private final WorkingDayCalendar calendars;

    Availability(Appointments appointments, WorkingDayCalendar calendars) {
        this.appointments = appointments;
        this.calendars = calendars;
    }

    /** A period of a day in the office's time. */
    public record Window(LocalTime from, LocalTime to) {
    }

    /** The day's picture: is it a working day, bookings per officer and per room, windows free for all officers. */
    public record Day(LocalDate date, boolean workingDay, Map<Long, List<Window>> officerBookings,
                      Map<Long, List<Window>> roomBookings, List<Window> freeForOfficers) {
    }

    @Transactional(readOnly = true)
    public Day of(Office office, LocalDate date, Collection<Long> officerIds, Collection<MeetingRoom> rooms,
                  Long exceptAppointment) {
        OfficeCalendar calendar = calendars.forOffice(office);
        ZoneId zone = office.zone();
        Instant from = ZonedDateTime.of(date, calendar.opening(), zone).toInstant();
        Instant to = ZonedDateTime.of(date, calendar.closing(), zone).toInstant();
        Map<Long, List<Window>> officers = new LinkedHashMap<>();
        officerIds.forEach(id -> officers.put(id, new ArrayList<>()));
        Map<Long, List<Window>> roomBookings = new LinkedHashMap<>();
        rooms.forEach(r -> roomBookings.put(r.getId(), new ArrayList<>()));
        List<Window> busy = new ArrayList<>();
        for (Appointment a : appointments.activeBetween(office.getId(), from, to)) {
            if (exceptAppointment != null && exceptAppointment.equals(a.getId())) {
                continue;
            }
            Window w = new Window(a.getStartAt().atZone(zone).toLocalTime(), a.getEndAt().atZone(zone).toLocalTime());
            boolean ours = false;
            for (Long officer : a.getOfficerIds()) {
                if (officers.containsKey(officer)) {
                    officers.get(officer).add(w);
                    ours = true;
                }
            }
            if (ours) {
                busy.add(w);
            }
            if (a.getRoomId() != null && roomBookings.containsKey(a.getRoomId())) {
                roomBookings.get(a.getRoomId()).add(w);
            }
        }
        boolean working = calendar.isWorkingDay(date);
        return new Day(date, working, officers, roomBookings,
                working ? free(calendar.opening(), calendar.closing(), busy) : List.of());
    }

    static List<Window> free(LocalTime open, LocalTime close, List<Window> busy) {
        List<Window> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(Window::from));
        List<Window> free = new ArrayList<>();
        LocalTime cursor = open;
        for (Window b : sorted) {
            if (b.from().isAfter(cursor)) {
                free.add(new Window(cursor, b.from()));
            }
            if (b.to().isAfter(cursor)) {
                cursor = b.to();
            }
        }
        if (cursor.isBefore(close)) {
            free.add(new Window(cursor, close));
        }
        return free;
    }
}
