package id.konsultasi.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.DueCounts;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to complaints: filed by the public (from an office's page or a request's tracking page),
 * recorded by staff from the other channels, handled, answered within the office's deadline, closed.
 * The same form sent twice files one complaint.
 */
@Service
public class ComplaintService {

    /**
     * A complaint recorded by staff may have arrived up to two years ago (a complaint box opened late, a
     * LAPOR! backlog): the working-day calendar knows the holidays that far back.
     */
    static final Duration OLDEST_RECEIPT = Duration.ofDays(730);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Complaints complaints;
    private final FeedbackSettingsRepository settings;
    private final ComplaintNumbers numbers;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final RequestService requestService;
    private final ConsultationRequests requests;
    private final FeedbackAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ComplaintService(Complaints complaints, FeedbackSettingsRepository settings, ComplaintNumbers numbers,
                     Offices offices, WorkingDayCalendar calendars, RequestService requestService,
                     ConsultationRequests requests, FeedbackAccess access, ApplicationEventPublisher events,
                     Clock clock, PlatformTransactionManager transactionManager) {
        this.complaints = complaints;
        this.settings = settings;
        this.numbers = numbers;
        this.offices = offices;
        this.calendars = calendars;
        this.requestService = requestService;
        this.requests = requests;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    // --- filing --------------------------------------------------------------------------------------

    /**
     * A complaint from the public form of an office. With {@code requestToken} it comes from that
     * request's tracking page and is linked to it (the request must belong to the office).
     */
    public ComplaintReceipt file(long officeId, NewComplaint complaint) {
        if (complaint.source() != ComplaintSource.WEB) {
            throw new IllegalArgumentException("the public files through the web form");
        }
        return once(officeId, complaint, () -> {
            Complaint.AboutRequest about = null;
            if (complaint.requestToken() != null) {
                ConsultationRequest request = requestService.byToken(complaint.requestToken());
                if (request.getOfficeId() != officeId) {
                    throw new NotFoundException("request of another office");
                }
                about = new Complaint.AboutRequest(request.getId(), request.getReceiptNumber());
            }
            return open(officeId, complaint, about, clock.instant(), ComplaintActor.complainant());
        });
    }

    /**
     * A complaint that arrived elsewhere (desk, box, e-mail, WhatsApp, SP4N-LAPOR!, phone, letter),
     * recorded by the secretariat or the office administrator. A LAPOR! tracking number is recorded once.
     */
    public ComplaintReceipt record(StaffPrincipal staff, NewComplaint complaint) {
        access.requireHandleComplaints(staff);
        if (complaint.source() == ComplaintSource.WEB) {
            throw new IllegalArgumentException("staff record the other channels");
        }
        long officeId = staff.requireOffice();
        return once(officeId, complaint, () -> {
            Instant now = clock.instant();
            Instant receivedAt = complaint.receivedAt() == null ? now : complaint.receivedAt();
            if (receivedAt.isAfter(now)) {
                throw new InputRejected("receivedAt", "complaint.receivedAt.future");
            }
            if (receivedAt.isBefore(now.minus(OLDEST_RECEIPT))) {
                throw new InputRejected("receivedAt", "complaint.receivedAt.tooOld");
            }
            if (complaint.source().needsLaporNumber()) {
                Optional<String> earlier = complaints.numberWithLaporNumber(officeId, complaint.laporNumber());
                if (earlier.isPresent()) {
                    throw new InputRejected("laporNumber", "complaint.laporNumber.taken");
                }
            }
            Complaint.AboutRequest about = null;
            if (complaint.requestReceiptNumber() != null) {
                ConsultationRequest request = requests.findByReceiptNumber(complaint.requestReceiptNumber()).stream()
                        .filter(r -> r.getOfficeId() == officeId).findFirst()
                        .orElseThrow(() -> new InputRejected("requestReceiptNumber", "complaint.request.unknown"));
                about = new Complaint.AboutRequest(request.getId(), request.getReceiptNumber());
            }
            return open(officeId, complaint, about, receivedAt, ComplaintActor.of(staff));
        });
    }

    private interface Filing {
        ComplaintReceipt file();
    }

    /** Files in a transaction of its own; the same key, even at the same moment, gives the first complaint. */
    private ComplaintReceipt once(long officeId, NewComplaint complaint, Filing filing) {
        Optional<ComplaintReceipt> earlier = earlier(officeId, complaint.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transaction.execute(status -> filing.file());
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            return earlier(officeId, complaint.idempotencyKey()).orElseThrow(() -> sameFormAtTheSameMoment);
        }
    }

    private Optional<ComplaintReceipt> earlier(long officeId, String idempotencyKey) {
        return complaints.findByOfficeIdAndIdempotencyKey(officeId, idempotencyKey).map(ComplaintService::receiptOf);
    }

    private ComplaintReceipt open(long officeId, NewComplaint c, Complaint.AboutRequest about, Instant receivedAt,
                                  ComplaintActor actor) {
        Office office = offices.require(officeId);
        Instant now = clock.instant();
        int days = settings.of(officeId).getAnswerWorkingDays();
        Instant due = calendars.forOffice(office).workingDaysAfter(receivedAt, days).toInstant();
        int year = now.atZone(office.zone()).getYear();
        Complaint complaint = Complaint.file(c, officeId, numbers.next(officeId, office.getReceiptPrefix(), year), year,
                newToken(), about, receivedAt, due, days, actor, now);
        complaints.saveAndFlush(complaint);
        if (office.isComplaintsInAgendaBook()) { // one agenda book with the letters; its number comes last
            complaint.registerInAgenda(numbers.nextAgendaNumber(officeId, office.getReceiptPrefix(),
                    year), now);
        }
        events.publishEvent(new ComplaintFiled(complaint.getId(), officeId, complaint.getNumber(), due));
        return receiptOf(complaint);
    }

    // --- handling ------------------------------------------------------------------------------------

    @Transactional
    public void startHandling(StaffPrincipal staff, long id, Long version, String internalNote) {
        Complaint complaint = toHandle(staff, id, version);
        complaint.startHandling(ComplaintActor.of(staff), clock.instant(), internalNote);
        complaints.save(complaint);
    }

    @Transactional
    public void answer(StaffPrincipal staff, long id, Long version, String answer) {
        Complaint complaint = toHandle(staff, id, version);
        complaint.answer(answer, ComplaintActor.of(staff), clock.instant());
        complaints.save(complaint);
    }

    @Transactional
    public void close(StaffPrincipal staff, long id, Long version, String internalNote) {
        Complaint complaint = toHandle(staff, id, version);
        complaint.close(ComplaintActor.of(staff), clock.instant(), internalNote);
        complaints.save(complaint);
    }

    private Complaint toHandle(StaffPrincipal staff, long id, Long version) {
        access.requireHandleComplaints(staff);
        Complaint complaint = inOffice(staff, id);
        Versions.check(complaint.getVersion(), version);
        return complaint;
    }

    // --- reading -------------------------------------------------------------------------------------

    /**
     * One complaint for a staff page, without the complainant when anonymous: a role without complaints
     * gets a 403, another office's complaint a 404.
     */
    @Transactional(readOnly = true)
    public StaffComplaintView forStaff(StaffPrincipal staff, long id) {
        access.requireSeeComplaints(staff);
        return StaffComplaintView.of(inOffice(staff, id), clock.instant());
    }

    private Complaint inOffice(StaffPrincipal staff, long id) {
        return complaints.findWholeById(id).filter(c -> staff.belongsTo(c.getOfficeId()))
                .orElseThrow(() -> new NotFoundException("complaint " + id));
    }

    @Transactional(readOnly = true)
    public Page<ComplaintRow> list(StaffPrincipal staff, ComplaintStatus status, boolean overdueOnly, int page,
                                   int size) {
        access.requireSeeComplaints(staff);
        return complaints.list(staff.requireOffice(), status, overdueOnly, clock.instant(),
                PageRequest.of(Math.max(0, page), size));
    }

    /** How many of the office's complaints wait for an answer, per state of their deadline: one statement. */
    @Transactional(readOnly = true)
    public DueCounts countToAnswer(StaffPrincipal staff, DueCounts.Today today) {
        access.requireHandleComplaints(staff);
        Object[] row = complaints.toAnswer(staff.requireOffice(), today.now(), today.endOfToday()).get(0);
        return DueCounts.ofColumns(row[0], row[1], row[2]);
    }

    /** The complainant's view through the secret link. */
    @Transactional(readOnly = true)
    public Complaint byToken(String token) {
        if (token == null || token.length() < 20) {
            throw new NotFoundException("complaint token");
        }
        return complaints.findByTrackingToken(token).orElseThrow(() -> new NotFoundException("complaint token"));
    }

    // --- the office's setting ---------------------------------------------------------------------------

    /** The working days within which the office answers a complaint. */
    @Transactional(readOnly = true)
    public int answerWorkingDays(long officeId) {
        return settings.of(officeId).getAnswerWorkingDays();
    }

    /** The office's settings and the version a form must carry back. */
    public record Settings(long version, int answerWorkingDays) {
    }

    @Transactional(readOnly = true)
    public Settings settings(StaffPrincipal staff) {
        access.requireOfficeAdmin(staff);
        FeedbackSettings current = settings.of(staff.requireOffice());
        return new Settings(current.currentVersion(), current.getAnswerWorkingDays());
    }

    /** Applies to complaints received from now on; those already received keep their deadline. */
    @Transactional
    public void changeAnswerWorkingDays(StaffPrincipal staff, Long version, int days) {
        access.requireOfficeAdmin(staff);
        FeedbackSettings current = settings.of(staff.requireOffice());
        Versions.check(current.currentVersion(), version);
        current.changeAnswerWorkingDays(days);
        settings.save(current);
    }

    private static ComplaintReceipt receiptOf(Complaint complaint) {
        return new ComplaintReceipt(complaint.getId(), complaint.getNumber(), complaint.getTrackingToken());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
