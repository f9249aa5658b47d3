package id.konsultasi.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.PrivacyProperties;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.scheduling.ExpectedVisitor;
import id.konsultasi.scheduling.SchedulingService;

import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty desk: registers walk-in guests in the guest book (with a new consultation request, a check-in
 * for a registered one, or another purpose), routes urgent walk-ins where the office's standard allows
 * it, keeps the waiting board and leads guests in. A form sent twice registers one guest.
 */
@Service
public class DeskService {

    private static final Logger log = LoggerFactory.getLogger(DeskService.class);

    /** More guests than this on one day's board are not shown (an office's desk never sees so many). */
    static final int BOARD_SIZE = 200;

    private final GuestVisits visits;
    private final RequestService requests;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final StaffUsers staffUsers;
    private final MeetingRooms rooms;
    private final DataEncryptor encryptor;
    private final MessageSource messages;
    private final PrivacyProperties privacy;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SchedulingService scheduling;
    private final ConsultationRequests requestRepository;

    DeskService(GuestVisits visits, RequestService requests, Offices offices, WorkingDayCalendar calendars,
                StaffUsers staffUsers, MeetingRooms rooms, DataEncryptor encryptor, MessageSource messages,
                PrivacyProperties privacy, Clock clock, PlatformTransactionManager transactionManager,
                SchedulingService scheduling, ConsultationRequests requestRepository) {
        this.scheduling = scheduling;
        this.requestRepository = requestRepository;
        this.visits = visits;
        this.requests = requests;
        this.offices = offices;
        this.calendars = calendars;
        this.staffUsers = staffUsers;
        this.rooms = rooms;
        this.encryptor = encryptor;
        this.messages = messages;
        this.privacy = privacy;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * What the duty officer registers in one screen: the guest book entry and what the visit is. For a new
     * consultation the applicant's type, position, e-mail and topic; for a visitor with an appointment the
     * request they came for; an urgent walk-in, where the standard allows it, goes to {@code officerId}.
     */
    public record WalkIn(String formKey, Guest guest, VisitKind kind, ApplicantType applicantType, String position,
                         String email, String topic, Long requestId, boolean urgent, Long officerId) {
    }

    /**
     * Registers a walk-in guest and returns the visit's id. The same form sent twice (a double click, or two
     * clicks at the same moment) returns the first visit and registers nothing else.
     *
     * @throws InputRejected when the chosen officer is no longer available, or no request was chosen
     */
    public long registerWalkIn(StaffPrincipal staff, WalkIn walkIn) {
        DeskRoles.requirePiket(staff);
        long officeId = staff.requireOffice();
        try {
            return transaction.execute(status -> registerOnce(staff, officeId, walkIn));
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            return visits.findByOfficeIdAndFormKey(officeId, walkIn.formKey()).map(GuestVisit::getId)
                    .orElseThrow(() -> sameFormAtTheSameMoment);
        }
    }

    private long registerOnce(StaffPrincipal staff, long officeId, WalkIn walkIn) {
        Optional<GuestVisit> earlier = visits.findByOfficeIdAndFormKey(officeId, walkIn.formKey());
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        Guest guest = walkIn.guest();
        boolean urgent = walkIn.urgent() && walkIn.kind() == VisitKind.NEW_CONSULTATION;
        GuestVisit visit = new GuestVisit(officeId, walkIn.formKey(), guest,
                guest.nik() == null ? null : encryptor.encryptText(guest.nik()), walkIn.kind(), urgent,
                clock.instant(), staff.id(), staff.fullName());
        switch (walkIn.kind()) {
            case NEW_CONSULTATION -> registerConsultation(staff, officeId, walkIn, urgent, visit);
            case SCHEDULED_CONSULTATION -> {
                if (walkIn.requestId() == null) {
                    throw new InputRejected("requestId", "desk.checkIn.required");
                }
                ConsultationRequest request = requests.checkIn(staff, walkIn.requestId(), note("desk.checkIn.note"));
                visit.linkRequest(request.getId(), request.getReceiptNumber());
            }
            case OTHER -> {
                // the guest book entry is all
            }
        }
        return visits.saveAndFlush(visit).getId();
    }

    private void registerConsultation(StaffPrincipal staff, long officeId, WalkIn walkIn, boolean urgent,
                                      GuestVisit visit) {
        boolean routeNow = urgent && offices.require(officeId).getStandard().isUrgentWalkInWithoutLetter();
        AvailableOfficer officer = null;
        if (routeNow) {
            if (walkIn.officerId() == null) {
                throw new InputRejected("officerId", "desk.officer.required");
            }
            officer = availableOfficers(officeId).stream().filter(o -> o.id() == walkIn.officerId()).findFirst()
                    .orElseThrow(() -> new InputRejected("officerId", "desk.officer.unavailable"));
        }
        Guest guest = walkIn.guest();
        boolean institution = walkIn.applicantType().isInstitution();
        Receipt receipt = requests.submit(officeId, new NewRequest(Channel.WALK_IN, walkIn.formKey(),
                        new NewRequest.ApplicantData(walkIn.applicantType(), guest.name(),
                                institution ? guest.institution() : null, institution ? walkIn.position() : null,
                                guest.nik(), guest.phone(), walkIn.email(), null),
                        walkIn.topic(), guest.purpose(), ConsultationMode.IN_PERSON, null, urgent, false),
                List.of(), Actor.of(staff));
        visit.linkRequest(receipt.requestId(), receipt.receiptNumber());
        if (officer != null) {
            requests.routeUrgentWalkIn(staff, receipt.requestId(), officer.id(), officer.divisionId(),
                    note("desk.urgent.routedNote"));
            visit.routeTo(officer.id(), officer.name());
        }
    }

    /**
     * The officers an urgent walk-in can go to now: active officers of the office who serve no guest on
     * today's board, the one with the fewest requests still to serve first.
     */
    @Transactional(readOnly = true)
    public List<AvailableOfficer> availableOfficers(long officeId) {
        Set<Long> busy = onBoard(offices.require(officeId)).stream().map(GuestVisit::getOfficerId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Long> load = requests.openRequestsPerOfficer(officeId);
        return staffUsers.activeWithRole(officeId, Role.PETUGAS).stream()
                .filter(u -> !busy.contains(u.getId()))
                .map(u -> new AvailableOfficer(u.getId(), u.getFullName(), u.getPosition(), u.getDivisionId(),
                        load.getOrDefault(u.getId(), 0L)))
                .sorted(Comparator.comparingLong(AvailableOfficer::openRequests)) // stable: by name within
                .toList();
    }

    /** Whether an urgent walk-in of this office goes straight to an officer (else it waits for the disposition). */
    @Transactional(readOnly = true)
    public boolean routesUrgentWalkIns(long officeId) {
        return offices.require(officeId).getStandard().isUrgentWalkInWithoutLetter();
    }

    @Transactional(readOnly = true)
    public GuestVisit visit(StaffPrincipal staff, long visitId) {
        DeskRoles.requireDesk(staff);
        return visits.requireInOffice(visitId, staff.requireOffice());
    }

    // --- the board ---------------------------------------------------------------------------------

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

    // --- the guest book --------------------------------------------------------------------------------

    /** The guest book of a period, searched by name, institution, phone, purpose or receipt number. */
    @Transactional(readOnly = true)
    public GuestBook guestBook(StaffPrincipal staff, Period range, String query, Pageable pageable) {
        DeskRoles.requireDesk(staff);
        Office office = offices.require(staff.requireOffice());
        OfficeCalendar calendar = calendars.forOffice(office);
        Integer limit = office.getStandard().limits().walkInMinutes();
        Instant now = clock.instant();
        String q = query == null ? "" : query.trim();
        String phone = PhoneNumbers.searchDigits(q);
        var page = visits.guestBook(office.getId(), range.start(office.zone()), range.end(office.zone()),
                        phone.isEmpty() ? q : phone, pageable)
                .map(v -> new GuestBook.Line(v, WaitingTime.of(calendar, v.getArrivedAt(),
                        v.getServedAt() != null ? v.getServedAt() : v.getLeftAt(), now, limit)));
        return new GuestBook(range, q, office.zone(), office.getZoneAbbreviation(), limit, page);
    }

    /** Today in the office's time zone. */
    @Transactional(readOnly = true)
    public LocalDate today(StaffPrincipal staff) {
        return LocalDate.now(clock.withZone(offices.require(staff.requireOffice()).zone()));
    }

    /**
     * The NIK typed at the desk is kept as long as the personal data of a request (UU 27/2022), then deleted;
     * the guest book entry stays. (Void: ShedLock cannot lock a method that returns a primitive.)
     */
    @Scheduled(cron = "0 40 1 * * *")
    @SchedulerLock(name = "guest-book-nik-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetOldNiks() {
        Instant now = clock.instant();
        int forgotten = visits.forgetNiksBefore(now.minus(Duration.ofDays(privacy.retentionDays())), now);
        if (forgotten > 0) {
            log.info("Deleted the NIK of {} guest book entries past the retention period", forgotten);
        }
    }

    private List<GuestVisit> onBoard(Office office) {
        Instant startOfToday = LocalDate.now(clock.withZone(office.zone())).atStartOfDay(office.zone()).toInstant();
        return visits.onBoard(office.getId(), startOfToday, PageRequest.of(0, BOARD_SIZE));
    }

    private String note(String key) {
        return messages.getMessage(key, null, PdfRenderer.INDONESIAN);
    }
}
