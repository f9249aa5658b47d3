package id.konsultasi.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestDesk;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duty desk's walk-ins: registers walk-in guests in the guest book (with a new consultation request, a
 * check-in for a registered one, or another purpose) and routes urgent walk-ins where the office's standard
 * allows it. A form sent twice registers one guest. The board is {@link WaitingBoard}'s, the guest book
 * {@link GuestBookService}'s.
 */
@Service
public class DeskService {

    private final GuestVisits visits;
    private final RequestService requests;
    private final RequestDesk requestDesk;
    private final WaitingBoard board;
    private final Offices offices;
    private final StaffUsers staffUsers;
    private final DataEncryptor encryptor;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeskService(GuestVisits visits, RequestService requests, RequestDesk requestDesk, WaitingBoard board,
                Offices offices, StaffUsers staffUsers, DataEncryptor encryptor, MessageSource messages, Clock clock,
                PlatformTransactionManager transactionManager) {
        this.visits = visits;
        this.requests = requests;
        this.requestDesk = requestDesk;
        this.board = board;
        this.offices = offices;
        this.staffUsers = staffUsers;
        this.encryptor = encryptor;
        this.messages = messages;
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
                ConsultationRequest request = requestDesk.checkIn(staff, walkIn.requestId(), note("desk.checkIn.note"));
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
            requestDesk.routeUrgentWalkIn(staff, receipt.requestId(), officer.id(), officer.divisionId(),
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
        Set<Long> busy = board.busyOfficers(offices.require(officeId));
        Map<Long, Long> load = requestDesk.openRequestsPerOfficer(officeId);
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

    /** Today in the office's time zone. */
    @Transactional(readOnly = true)
    public LocalDate today(StaffPrincipal staff) {
        return LocalDate.now(clock.withZone(offices.require(staff.requireOffice()).zone()));
    }

    private String note(String key) {
        return messages.getMessage(key, null, PdfRenderer.INDONESIAN);
    }
}
