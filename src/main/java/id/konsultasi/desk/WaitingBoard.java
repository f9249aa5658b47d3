package id.konsultasi.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

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
    private final Clock clock;

    WaitingBoard(GuestVisits visits, Offices offices, WorkingDayCalendar calendars, MeetingRooms rooms,
                 SchedulingService scheduling, ConsultationRequests requestRepository, Clock clock) {
        this.visits = visits;
        this.offices = offices;
        this.calendars = calendars;
        this.rooms = rooms;
        this.scheduling = scheduling;
        this.requestRepository = requestRepository;
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
        Map<Long, String> refusals = refusals(guests);
        for (GuestVisit visit : guests) {
            Board.Line line = new Board.Line(visit,
                    WaitingTime.of(calendar, visit.getArrivedAt(), visit.getServedAt(), now, limit),
                    visit.getRequestId() == null ? null : refusals.get(visit.getRequestId()));
            (visit.isWaiting() ? waiting : inMeeting).add(line);
        }
        return new Board(office.zone(), office.getZoneAbbreviation(), limit, now, waiting, inMeeting,
                expected(office));
    }

    /** The refusals among the guests' requests (a walk-in that waited for the head's disposition), by request id. */
    private Map<Long, String> refusals(List<GuestVisit> guests) {
        List<Long> requestIds = guests.stream().map(GuestVisit::getRequestId).filter(Objects::nonNull).toList();
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> refusals = new java.util.HashMap<>();
        for (ConsultationRequest request : requestRepository.findAllById(requestIds)) {
            if (request.getStatus() == RequestStatus.REJECTED) {
                refusals.put(request.getId(), Objects.requireNonNullElse(request.refusalReason(), ""));
            }
        }
        return refusals;
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
        return visit.leadIn(clock.instant(), staff.fullName(), room);
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
