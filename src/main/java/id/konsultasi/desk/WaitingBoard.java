package id.konsultasi.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.ExpectedVisitor;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.DueCounts;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty desk's waiting board: today's guests, waiting (with their waiting time against the office's limit)
 * or in a meeting, the visitors expected today, and the guests led to the meeting room or gone.
 */
@Service
public class WaitingBoard {

    /** More guests than this on one day's board are not shown (an office's desk never sees so many). */
    static final int BOARD_SIZE = 200;

    private final GuestVisits visits;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final MeetingRooms rooms;
    private final SchedulingService scheduling;
    private final ConsultationRequests requestRepository;
    private final StaffUsers users;
    private final Divisions divisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitingBoard(GuestVisits visits, Offices offices, WorkingDayCalendar calendars, MeetingRooms rooms,
                 SchedulingService scheduling, ConsultationRequests requestRepository, StaffUsers users,
                 Divisions divisions, ApplicationEventPublisher events, Clock clock) {
        this.visits = visits;
        this.offices = offices;
        this.calendars = calendars;
        this.rooms = rooms;
        this.scheduling = scheduling;
        this.requestRepository = requestRepository;
        this.users = users;
        this.divisions = divisions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Board board(StaffPrincipal staff) {
        DeskRoles.requireDesk(staff);
        Office office = offices.require(staff.requireOffice());
        OfficeCalendar calendar = calendars.forOffice(office);
        Integer limit = office.getStandard().limits().walkInMinutes();
        Instant now = clock.instant();
        List<Board.Line> waiting = new ArrayList<>();
        List<Board.Line> inMeeting = new ArrayList<>();
        List<GuestVisit> guests = onBoard(office);
        Map<Long, ConsultationRequest> requests = requestsOf(guests);
        Map<Long, Board.Decision> decisions = decisions(office, requests.values(), now);
        for (GuestVisit visit : guests) {
            ConsultationRequest request = visit.getRequestId() == null ? null : requests.get(visit.getRequestId());
            String refusal = request != null && request.getStatus() == RequestStatus.REJECTED
                    ? Objects.requireNonNullElse(request.refusalReason(), "") : null;
            Board.Line line = new Board.Line(visit,
                    WaitingTime.of(calendar, visit.getArrivedAt(), visit.getServedAt(), now, limit), refusal,
                    visit.isWaiting() && request != null ? decisions.get(request.getId()) : null);
            (visit.isWaiting() ? waiting : inMeeting).add(line);
        }
        return new Board(office.zone(), office.getZoneAbbreviation(), limit, now, waiting, inMeeting,
                expected(office));
    }

    /** The requests of the guests who came with one, by id (one statement). */
    private Map<Long, ConsultationRequest> requestsOf(List<GuestVisit> guests) {
        List<Long> requestIds = guests.stream().map(GuestVisit::getRequestId).filter(Objects::nonNull).toList();
        Map<Long, ConsultationRequest> byId = new java.util.HashMap<>();
        if (!requestIds.isEmpty()) {
            requestRepository.findAllById(requestIds).forEach(r -> byId.put(r.getId(), r));
        }
        return byId;
    }

    /**
     * Where the head's decision stands on each request still to be served: waiting for the head, for a
     * division head's assignment, or accepted with its officers (and room, once scheduled). A few statements
     * for the whole board, whatever the number of guests.
     */
    private Map<Long, Board.Decision> decisions(Office office, Collection<ConsultationRequest> requests, Instant now) {
        Map<Long, Board.Decision> decisions = new java.util.HashMap<>();
        Set<Long> officerIds = requests.stream().filter(r -> r.getStatus() == RequestStatus.ASSIGNED
                        || r.getStatus() == RequestStatus.SCHEDULED)
                .flatMap(r -> r.getAssigneeIds().stream()).collect(Collectors.toSet());
        Map<Long, String> officers = new java.util.HashMap<>();
        if (!officerIds.isEmpty()) {
            users.findAllById(officerIds).forEach(u -> officers.put(u.getId(), u.getFullName()));
        }
        Map<Long, String> divisionNames = new java.util.HashMap<>();
        if (requests.stream().anyMatch(r -> r.getStatus() == RequestStatus.DISPOSED)) {
            divisions.findByOfficeIdOrderByName(office.getId()).forEach(d -> divisionNames.put(d.getId(), d.getName()));
        }
        Map<Long, String> rooms = roomsOf(office, requests);
        for (ConsultationRequest request : requests) {
            long minutes = Math.max(0, java.time.Duration.between(request.getSubmittedAt(), now).toMinutes());
            String stage = switch (request.getStatus()) {
                case RECEIVED -> "waitingHead";
                case DISPOSED -> "waitingDivision";
                case ASSIGNED, SCHEDULED -> "accepted";
                default -> null;
            };
            if (stage == null) {
                continue;
            }
            String who = switch (stage) {
                case "waitingDivision" -> divisionNames.getOrDefault(request.getAssignedDivisionId(), "");
                case "accepted" -> request.getAssigneeIds().stream().map(officers::get).filter(Objects::nonNull)
                        .sorted().collect(Collectors.joining(", "));
                default -> null;
            };
            decisions.put(request.getId(), new Board.Decision(stage, who, rooms.get(request.getId()),
                    request.getSubmittedAt(), minutes));
        }
        return decisions;
    }

    /** The meeting rooms of the scheduled requests' active appointments, by request id. */
    private Map<Long, String> roomsOf(Office office, Collection<ConsultationRequest> requests) {
        List<Long> scheduled = requests.stream().filter(r -> r.getStatus() == RequestStatus.SCHEDULED)
                .map(ConsultationRequest::getId).toList();
        if (scheduled.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> roomNames = new java.util.HashMap<>();
        rooms.findByOfficeIdOrderByName(office.getId()).forEach(r -> roomNames.put(r.getId(), r.getName()));
        Map<Long, String> byRequest = new java.util.HashMap<>();
        scheduling.activeOf(scheduled).forEach(v -> {
            if (v.roomId() != null && roomNames.containsKey(v.roomId())) {
                byRequest.put(v.requestId(), roomNames.get(v.roomId()));
            }
        });
        return byRequest;
    }

    /** Today's in-person appointments whose visitor has not checked in yet, by time. */
    private List<Board.Expected> expected(Office office) {
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        List<ExpectedVisitor> visitors = scheduling.inPersonBetween(office.getId(),
                today.atStartOfDay(office.zone()).toInstant(), today.plusDays(1).atStartOfDay(office.zone()).toInstant())
                .stream().filter(v -> !v.checkedIn()).toList();
        if (visitors.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, ConsultationRequest> byId = new java.util.HashMap<>();
        requestRepository.findAllById(visitors.stream().map(ExpectedVisitor::requestId).toList())
                .forEach(r -> byId.put(r.getId(), r));
        java.util.Map<Long, String> roomNames = new java.util.HashMap<>();
        rooms.findByOfficeIdOrderByName(office.getId()).forEach(r -> roomNames.put(r.getId(), r.getName()));
        return visitors.stream().filter(v -> byId.containsKey(v.requestId()))
                .map(v -> new Board.Expected(v.requestId(), byId.get(v.requestId()).getReceiptNumber(),
                        byId.get(v.requestId()).getApplicant().getDisplayName(), v.at(), roomNames.get(v.roomId())))
                .toList();
    }

    /**
     * "Led to the meeting room": the guest's waiting ends now; the board and the guest book count the wait
     * until this moment. A second click changes nothing and returns false.
     */
    @Transactional
    public boolean leadIn(StaffPrincipal staff, long visitId, Long version, Long roomId) {
        DeskRoles.requireDesk(staff);
        long officeId = staff.requireOffice();
        GuestVisit visit = visits.requireInOffice(visitId, officeId);
        if (visit.getServedAt() != null) {
            return false;
        }
        Versions.check(visit.getVersion(), version);
        if (visit.getRequestId() != null && requestRepository.findById(visit.getRequestId())
                .filter(r -> r.getStatus() == RequestStatus.REJECTED).isPresent()) {
            // the head refused the request meanwhile: the board shows the refusal to tell the guest
            throw new ConflictException("the request of guest visit " + visitId + " was refused");
        }
        String room = roomId == null ? null : rooms.requireInOffice(roomId, officeId).getName();
        boolean ledIn = visit.leadIn(clock.instant(), staff.fullName(), room);
        if (ledIn) {
            events.publishEvent(new GuestLedIn(visit.getId(), officeId, visit.getRequestId(), room));
        }
        return ledIn;
    }

    /** The guest left (served, or no longer waiting): off the board. A second click changes nothing and returns false. */
    @Transactional
    public boolean leave(StaffPrincipal staff, long visitId, Long version) {
        DeskRoles.requireDesk(staff);
        GuestVisit visit = visits.requireInOffice(visitId, staff.requireOffice());
        if (visit.getLeftAt() != null) {
            return false;
        }
        Versions.check(visit.getVersion(), version);
        return visit.leave(clock.instant());
    }

    /**
     * The guests waiting on today's board, against the office's walk-in limit ({@link WaitingTime}): on time, close to
     * the limit (counted as due today: the limit falls today) and late: the whole office's for the duty desk, or
     * those routed to this officer. One statement, and the office.
     */
    @Transactional(readOnly = true)
    public DueCounts waitingCounts(StaffPrincipal staff, boolean routedToMe) {
        boolean desk = !routedToMe;
        if (desk) {
            DeskRoles.requireDesk(staff);
        }
        Office office = offices.require(staff.requireOffice());
        OfficeCalendar calendar = calendars.forOffice(office);
        Integer limit = office.getStandard().limits().walkInMinutes();
        Instant now = clock.instant();
        Instant startOfToday = LocalDate.now(clock.withZone(office.zone())).atStartOfDay(office.zone()).toInstant();
        long onTime = 0;
        long close = 0;
        long late = 0;
        PageRequest board = PageRequest.of(0, BOARD_SIZE);
        for (Instant arrived : desk ? visits.waitingSince(office.getId(), startOfToday, board)
                : visits.waitingSinceFor(office.getId(), staff.id(), startOfToday, board)) {
            WaitState state = WaitingTime.of(calendar, arrived, null, now, limit).state();
            if (state == WaitState.LATE) {
                late++;
            } else if (state == WaitState.CLOSE) {
                close++;
            } else {
                onTime++;
            }
        }
        return new DueCounts(onTime, close, late);
    }

    /** The officers serving a guest on today's board. */
    Set<Long> busyOfficers(Office office) {
        return onBoard(office).stream().map(GuestVisit::getOfficerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private List<GuestVisit> onBoard(Office office) {
        Instant startOfToday = LocalDate.now(clock.withZone(office.zone())).atStartOfDay(office.zone()).toInstant();
        return visits.onBoard(office.getId(), startOfToday, PageRequest.of(0, BOARD_SIZE));
    }
}
