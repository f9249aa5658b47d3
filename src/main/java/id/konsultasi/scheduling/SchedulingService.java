package id.konsultasi.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestNumbers;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers of a request schedule it: a time inside the office's working hours, a room or a meeting
 * link, the team. What collides is said; beyond the standard's deadline only with a reason.
 */
@Service
@Transactional
public class SchedulingService {

    /** A consultation lasts at least a quarter of an hour and at most a working day. */
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    static final int DEFAULT_MINUTES = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("id"));

    private final Appointments appointments;
    private final RequestService requests;
    private final RequestNumbers numbers;
    private final Offices offices;
    private final MeetingRooms rooms;
    private final WorkingDayCalendar calendars;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final List<SchedulingPrecondition> preconditions;

    SchedulingService(List<SchedulingPrecondition> preconditions, Appointments appointments, RequestService requests, RequestNumbers numbers, Offices offices,
                      MeetingRooms rooms, WorkingDayCalendar calendars, ApplicationEventPublisher events,
                      MessageSource messages, Clock clock) {
        this.appointments = appointments;
        this.requests = requests;
        this.numbers = numbers;
        this.offices = offices;
        this.rooms = rooms;
        this.calendars = calendars;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.preconditions = List.copyOf(preconditions);
    }

    /** The first appointment of an assigned request. */
    public Appointment schedule(StaffPrincipal staff, long requestId, PlanInput input) {
        ConsultationRequest request = requestToSchedule(staff, requestId);
        if (request.getStatus() != RequestStatus.ASSIGNED) {
            throw new ConflictException("request " + requestId + " is " + request.getStatus());
        }
        for (SchedulingPrecondition precondition : preconditions) {
            precondition.missingBeforeScheduling(requestId).ifPresent(key -> {
                throw new InputRejected("date", key);
            });
        }
        Office office = offices.require(request.getOfficeId());
        Appointment.Plan plan = plan(office, request, input, 0L);
        Appointment appointment = new Appointment(office.getId(), requestId, plan, clock.instant());
        save(appointment);
        requests.recordSchedule(staff, requestId, publicNote(office, request, appointment), null);
        events.publishEvent(new ConsultationScheduled(appointment.getId(), requestId, office.getId(), false, null));
        numberLetter(appointment, office);
        return appointment;
    }

    /** A new time, place or team for the same consultation; the applicant gets the updated letter and event. */
    public Appointment reschedule(StaffPrincipal staff, long appointmentId, Long version, PlanInput input,
                                  String reason) {
        Appointment appointment = forStaff(staff, appointmentId);
        Versions.check(appointment.getVersion(), version);
        ConsultationRequest request = requests.forStaff(staff, appointment.getRequestId());
        requireOfficer(staff, request);
        if (reason == null || reason.isBlank()) {
            throw new InputRejected("reason", "schedule.reschedule.reasonRequired");
        }
        Office office = offices.require(request.getOfficeId());
        appointment.reschedule(plan(office, request, input, appointment.getId()));
        save(appointment);
        requests.recordSchedule(staff, request.getId(), publicNote(office, request, appointment) + " " + reason.trim(), null);
        events.publishEvent(new ConsultationScheduled(appointment.getId(), request.getId(), office.getId(), true,
                reason.trim()));
        numberLetter(appointment, office);
        return appointment;
    }

    /** The office cancels the consultation; the applicant reads the reason. */
    public void cancel(StaffPrincipal staff, long appointmentId, long version, String reason) {
        Appointment appointment = forStaff(staff, appointmentId);
        Versions.check(appointment.getVersion(), version);
        ConsultationRequest request = requests.forStaff(staff, appointment.getRequestId());
        requireOfficer(staff, request);
        appointment.cancel();
        appointments.save(appointment);
        requests.cancelByOffice(staff, request.getId(), reason);
        events.publishEvent(new AppointmentCancelled(appointment.getId(), request.getId(), request.getOfficeId(),
                reason, false));
    }

    /** The applicant did not come or join. */
    public void noShow(StaffPrincipal staff, long appointmentId, long version) {
        Appointment appointment = forStaff(staff, appointmentId);
        Versions.check(appointment.getVersion(), version);
        ConsultationRequest request = requests.forStaff(staff, appointment.getRequestId());
        requireOfficer(staff, request);
        if (appointment.getStartAt().isAfter(clock.instant())) {
            throw new ConflictException("the consultation has not started yet");
        }
        appointment.noShow();
        appointments.save(appointment);
        requests.recordNoShow(staff, request.getId(), null);
    }

    /**
     * The consultation of the request was recorded as held from {@code start} to {@code end}: its appointment
     * (if any) releases its officers and room. Held before the planned time, the applicant is told that the
     * appointment is released and the calendar event is cancelled, as long as the planned time is still ahead.
     */
    public void consultationHeld(long requestId, Instant start, Instant end) {
        appointments.findByRequestIdAndStatus(requestId, AppointmentStatus.ACTIVE).ifPresent(appointment -> {
            appointment.held(start, end);
            appointments.save(appointment);
            if (appointment.getStatus() == AppointmentStatus.HELD_EARLY
                    && appointment.getStartAt().isAfter(clock.instant())) {
                events.publishEvent(new AppointmentReleased(appointment.getId(), requestId, appointment.getOfficeId()));
            }
        });
    }

    /** The applicant cancelled the request: the appointment and its calendar event go too. */
    void applicantCancelled(long requestId) {
        appointments.findByRequestIdAndStatus(requestId, AppointmentStatus.ACTIVE).ifPresent(appointment -> {
            appointment.cancel();
            appointments.save(appointment);
            events.publishEvent(new AppointmentCancelled(appointment.getId(), requestId, appointment.getOfficeId(),
                    null, true));
        });
    }

    /** The duty desk checked the visitor in. */
    public void checkedIn(long requestId) {
        appointments.findByRequestIdAndStatus(requestId, AppointmentStatus.ACTIVE)
                .ifPresent(a -> a.checkedIn(clock.instant()));
    }

    /**
     * Gives the appointment's answer letter its number in the office's outgoing-letter sequence: the last step of
     * scheduling, so that the office's letter counter stays locked only until the commit.
     */
    void numberLetter(Appointment appointment, Office office) {
        Instant now = clock.instant();
        appointment.letterIssued(numbers.nextLetterNumber(office.getId(), office.getReceiptPrefix(),
                RequestNumbers.yearOf(now, office.zone())), now);
    }

    @Transactional(readOnly = true)
    /**
     * The length first proposed for a consultation: the one length in minutes an office's standard states, its
     * walk-in limit (Bangka Belitung: "Waktu Penyelesaian 30 menit"; Buton: an officer within 1 hour), else an
     * hour; always a length the form accepts.
     */
    public static int defaultMinutes(ServiceStandard.TimeLimits limits) {
        Integer stated = limits == null ? null : limits.walkInMinutes();
        return stated == null ? DEFAULT_MINUTES : Math.max(MIN_MINUTES, Math.min(MAX_MINUTES, stated));
    }

    /** A request of the staff member's office that they may schedule: one of its officers; denied to anyone else. */
    public ConsultationRequest requestToSchedule(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        requireOfficer(staff, request);
        return request;
    }

    public Appointment forStaff(StaffPrincipal staff, long appointmentId) {
        return appointments.findByIdAndOfficeId(appointmentId, staff.requireOffice())
                .orElseThrow(() -> new NotFoundException("appointment " + appointmentId));
    }

    private void save(Appointment appointment) {
        try {
            appointments.saveAndFlush(appointment);
        } catch (DataIntegrityViolationException race) {
            // someone booked the same officer or room a moment ago: the database refused it
            throw new InputRejected("startTime", "schedule.collision.race");
        }
    }

    private Appointment.Plan plan(Office office, ConsultationRequest request, PlanInput input, long except) {
        OfficeCalendar calendar = calendars.forOffice(office);
        if (input.durationMinutes() < MIN_MINUTES || input.durationMinutes() > MAX_MINUTES) {
            throw new InputRejected("durationMinutes", "schedule.duration.invalid");
        }
        ZonedDateTime start = ZonedDateTime.of(input.date(), input.start(), office.zone());
        ZonedDateTime end = start.plusMinutes(input.durationMinutes());
        if (!calendar.isWorkingDay(input.date())) {
            throw new InputRejected("date", "schedule.notWorkingDay");
        }
        if (input.start().isBefore(calendar.opening()) || end.toLocalTime().isAfter(calendar.closing())
                || !end.toLocalDate().equals(input.date())) {
            throw new InputRejected("startTime", "schedule.outsideHours", calendar.opening(), calendar.closing(),
                    office.getZoneAbbreviation());
        }
        if (!start.toInstant().isAfter(clock.instant())) {
            throw new InputRejected("startTime", "schedule.past");
        }
        Set<Long> officers = new HashSet<>(input.officerIds());
        if (officers.isEmpty() || !request.getAssigneeIds().containsAll(officers)) {
            throw new InputRejected("officerIds", "schedule.officers.invalid");
        }
        if (!officers.contains(input.contactPersonId())) {
            throw new InputRejected("contactPersonId", "schedule.contact.invalid");
        }
        Long roomId = null;
        if (input.mode() == ConsultationMode.IN_PERSON) {
            MeetingRoom room = input.roomId() == null ? null : rooms.findByIdAndOfficeId(input.roomId(), office.getId())
                    .filter(MeetingRoom::isActive).orElse(null);
            if (room == null) {
                throw new InputRejected("roomId", "schedule.room.required");
            }
            roomId = room.getId();
        } else if (input.meetingLink() == null || !input.meetingLink().trim().matches("https://\\S+")) {
            throw new InputRejected("meetingLink", "schedule.link.required");
        }
        if (request.getConsultationDueAt() != null && end.toInstant().isAfter(request.getConsultationDueAt())
                && (input.lateReason() == null || input.lateReason().isBlank())) {
            throw new InputRejected("lateReason", "schedule.late.reasonRequired",
                    TIME.format(request.getConsultationDueAt().atZone(office.zone())) + " " + office.getZoneAbbreviation());
        }
        Slot slot = new Slot(start.toInstant(), end.toInstant());
        for (Appointment other : appointments.overlapping(office.getId(), slot.start(), slot.end(), except)) {
            String when = TIME.format(other.getStartAt().atZone(office.zone())) + "-"
                    + other.getEndAt().atZone(office.zone()).toLocalTime() + " " + office.getZoneAbbreviation();
            if (roomId != null && roomId.equals(other.getRoomId())) {
                throw new InputRejected("roomId", "schedule.collision.room", when);
            }
            if (other.getOfficerIds().stream().anyMatch(officers::contains)) {
                throw new InputRejected("officerIds", "schedule.collision.officer", when);
            }
        }
        return new Appointment.Plan(slot, input.mode(), roomId, blank(input.meetingLink()),
                blank(input.joinInstructions()), officers, input.contactPersonId(), blank(input.whatToBring()),
                blank(input.lateReason()));
    }

    /** What the applicant reads on the tracking page: the letter went by mail, or waits there to be downloaded. */
    private String publicNote(Office office, ConsultationRequest request, Appointment appointment) {
        return messages.getMessage("schedule.publicNote." + appointment.getMode().name()
                + (request.getApplicant().hasEmail() ? "" : ".noEmail"), new Object[]{
                TIME.format(appointment.getStartAt().atZone(office.zone())) + " " + office.getZoneAbbreviation()},
                SchedulingSettings.INDONESIAN);
    }

    private static void requireOfficer(StaffPrincipal staff, ConsultationRequest request) {
        if (!request.isAssignee(staff.id())) {
            throw new AccessDeniedException("only the request's officers schedule it");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** For tests and pages: the active appointment of a request, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Appointment> activeFor(long requestId) {
        return appointments.findByRequestIdAndStatus(requestId, AppointmentStatus.ACTIVE);
    }

    /** Today's in-person appointments of the office, for the duty desk. */
    @Transactional(readOnly = true)
    public List<ExpectedVisitor> inPersonBetween(long officeId, Instant from, Instant to) {
        return appointments.activeBetween(officeId, from, to).stream()
                .filter(a -> a.getMode() == ConsultationMode.IN_PERSON)
                .map(a -> new ExpectedVisitor(a.getRequestId(), a.getStartAt(), a.getRoomId(), a.getCheckedInAt() != null))
                .toList();
    }

    /** The active appointments of these requests (the desk's board: where an accepted walk-in meets). */
    @Transactional(readOnly = true)
    public List<ExpectedVisitor> activeOf(java.util.Collection<Long> requestIds) {
        return appointments.findByRequestIdIn(requestIds).stream()
                .filter(a -> a.getStatus() == AppointmentStatus.ACTIVE)
                .map(a -> new ExpectedVisitor(a.getRequestId(), a.getStartAt(), a.getRoomId(), a.getCheckedInAt() != null))
                .toList();
    }

    /** The request's latest appointment, active or cancelled, for the applicant's page. */
    @Transactional(readOnly = true)
    public java.util.Optional<Appointment> latestFor(long requestId) {
        return appointments.findFirstByRequestIdOrderByCreatedAtDesc(requestId);
    }

    @Transactional(readOnly = true)
    public List<Appointment> activeBetween(long officeId, Instant from, Instant to) {
        return appointments.activeBetween(officeId, from, to);
    }
}
