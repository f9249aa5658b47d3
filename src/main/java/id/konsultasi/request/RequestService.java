package id.konsultasi.request;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.office.Divisions;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to requests: submission, registration, completeness, disposition and assignment,
 * refusal, cancellation, documents. The only way other modules change a request.
 */
@Service
@Transactional
public class RequestService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Registered and not yet held: the requests whose applicant may come to the desk for the consultation. */
    private static final Set<RequestStatus> AWAITING_CONSULTATION = EnumSet.of(RequestStatus.RECEIVED,
            RequestStatus.DISPOSED, RequestStatus.ASSIGNED, RequestStatus.SCHEDULED);
    /** What an officer still has to serve. */
    private static final Set<RequestStatus> ON_AN_OFFICERS_DESK = EnumSet.of(RequestStatus.ASSIGNED,
            RequestStatus.SCHEDULED);

    private final ConsultationRequests requests;
    private final RequestDocuments documents;
    private final DocumentContents contents;
    private final PersonalDataAccesses accesses;
    private final Offices offices;
    private final Divisions divisions;
    private final RequestNumbers numbers;
    private final DeadlinePolicy deadlines;
    private final RequestAccess access;
    private final DataEncryptor encryptor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestService(ConsultationRequests requests, RequestDocuments documents, DocumentContents contents,
                   PersonalDataAccesses accesses, Offices offices, Divisions divisions, RequestNumbers numbers,
                   DeadlinePolicy deadlines, RequestAccess access, DataEncryptor encryptor,
                   ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.contents = contents;
        this.accesses = accesses;
        this.offices = offices;
        this.divisions = divisions;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.access = access;
        this.encryptor = encryptor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a new request with its documents and gives it a receipt number. A second submission
     * with the same idempotency key returns the first request's receipt instead of a new request.
     * <p>
     * The files are judged and encrypted before anything is written, and the numbers are taken last, so that
     * the office's counter stays locked only for the commit that follows and the next applicant does not wait
     * for this one's scan.
     */
    public Receipt submit(long officeId, NewRequest request, List<NewDocument> attachments, Actor actor) {
        if (request.idempotencyKey() != null) {
            Optional<ConsultationRequest> earlier = requests.findByOfficeIdAndIdempotencyKey(officeId,
                    request.idempotencyKey());
            if (earlier.isPresent()) {
                return receiptOf(earlier.get());
            }
        }
        Office office = offices.require(officeId);
        Instant now = clock.instant();
        List<SealedDocument> sealed = attachments.stream().map(this::sealed).toList();
        ConsultationRequest created = ConsultationRequest.open(request, applicantOf(request.applicant()), officeId,
                RequestNumbers.yearOf(now, office.zone()), newToken(), actor, now);
        created.fileCompleted(now, deadlines.from(officeId, now));
        requests.saveAndFlush(created);
        for (SealedDocument document : sealed) {
            store(created.getId(), document, now);
        }
        events.publishEvent(new RequestSubmitted(created.getId(), officeId, request.channel()));
        numbers.numberNew(created, office.getReceiptPrefix());
        return receiptOf(created);
    }

    /** The secretariat registers an online request in the agenda book. */
    public void register(StaffPrincipal staff, long requestId, long version) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.canRegister(staff, request)) {
            throw new AccessDeniedException("only the secretariat registers requests");
        }
        Versions.check(request.getVersion(), version);
        Office office = offices.require(request.getOfficeId());
        Instant now = clock.instant();
        request.register(Actor.of(staff), now);
        requests.save(request);
        numbers.numberRegistered(request, office.getReceiptPrefix(), RequestNumbers.yearOf(now, office.zone()));
    }

    /** The secretariat says what is missing; the applicant is told and the deadlines wait. */
    public void markIncomplete(StaffPrincipal staff, long requestId, Long version, String reason) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.canRegister(staff, request)) {
            throw new AccessDeniedException("only the secretariat checks files");
        }
        Versions.check(request.getVersion(), version);
        request.markIncomplete(reason, Actor.of(staff), clock.instant());
        requests.save(request);
        events.publishEvent(new RequestMarkedIncomplete(request.getId(), request.getOfficeId(), reason));
    }

    /** The applicant sends what was missing; the file is complete from now and the deadlines restart. */
    public void completeByApplicant(String token, NewDocument document, String note) {
        ConsultationRequest request = byToken(token);
        if (request.getStatus() != RequestStatus.INCOMPLETE) {
            throw new IllegalTransitionException(request.getStatus(), RequestStatus.RECEIVED);
        }
        Instant now = clock.instant();
        store(request.getId(), document, now);
        request.completeFile(Actor.applicant(), now, deadlines.from(request.getOfficeId(), now), note);
        requests.save(request);
    }

    /** The request gets its appointment, or a new one (a reschedule). Called by the scheduling module. */
    public void recordSchedule(StaffPrincipal staff, long requestId, String publicNote, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        request.schedule(Actor.of(staff), clock.instant(), publicNote, internalNote);
        requests.save(request);
    }

    /** The office cancels the consultation, with a reason the applicant reads. */
    public void cancelByOffice(StaffPrincipal staff, long requestId, String reason) {
        ConsultationRequest request = forStaff(staff, requestId);
        request.cancel(reason, Actor.of(staff), clock.instant());
        requests.save(request);
    }

    /** The applicant did not come (or did not join) at the scheduled time. */
    public void recordNoShow(StaffPrincipal staff, long requestId, String publicNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        request.markNoShow(Actor.of(staff), clock.instant(), publicNote);
        requests.save(request);
    }

    /** A step that changes no status, e.g. the visitor checked in at the desk. */
    public void addNote(StaffPrincipal staff, long requestId, String publicNote, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        request.note(Actor.of(staff), clock.instant(), publicNote, internalNote);
        requests.save(request);
    }

    // --- the consultation and its report (called by the consultation module) ---------------------

    /** One of the request's officers records that the consultation took place (from assigned or scheduled). */
    public void recordHeld(StaffPrincipal staff, long requestId, String publicNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        requireAssignee(staff, request);
        request.markHeld(Actor.of(staff), clock.instant(), publicNote);
        requests.save(request);
    }

    /** One of the request's officers files the Laporan Hasil Konsultasi (again, after a return). */
    public void fileReport(StaffPrincipal staff, long requestId, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        requireAssignee(staff, request);
        request.fileReport(Actor.of(staff), clock.instant(), internalNote);
        requests.save(request);
    }

    /** The head of the request's division, or the head, sends the report back to the officer with a remark. */
    public void returnReport(StaffPrincipal staff, long requestId, String remark) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.isDivisionHeadOf(staff, request) && !access.isHeadOf(staff, request)) {
            throw new AccessDeniedException("only the division head or the head returns a report");
        }
        request.returnReport(Actor.of(staff), clock.instant(), remark);
        requests.save(request);
    }

    /** The head of the request's division forwards the filed report to the head: a step in the timeline. */
    public void forwardReport(StaffPrincipal staff, long requestId, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.isDivisionHeadOf(staff, request)) {
            throw new AccessDeniedException("only the head of the request's division forwards its report");
        }
        if (request.getStatus() != RequestStatus.REPORTED) {
            throw new IllegalTransitionException(request.getStatus(), RequestStatus.REPORTED);
        }
        request.note(Actor.of(staff), clock.instant(), null, internalNote);
        requests.save(request);
    }

    /** The head acknowledges the report: the request is closed. */
    public void acknowledgeReport(StaffPrincipal staff, long requestId, String publicNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.isHeadOf(staff, request)) {
            throw new AccessDeniedException("only the head acknowledges a report");
        }
        request.close(Actor.of(staff), clock.instant(), publicNote);
        requests.save(request);
    }

    /**
     * Stores data or a document the officer handed over during the consultation, encrypted like every
     * other document; its type is judged by its content. Returns the stored document.
     */
    public RequestDocument storeHandover(StaffPrincipal staff, long requestId, String filename, byte[] content) {
        ConsultationRequest request = forStaff(staff, requestId);
        requireAssignee(staff, request);
        return store(requestId, new NewDocument(DocumentKind.HANDOVER, filename, "application/octet-stream", content),
                clock.instant());
    }

    /** Removes a handed-over document the officer attached by mistake. */
    public void deleteHandover(StaffPrincipal staff, long requestId, long documentId) {
        ConsultationRequest request = forStaff(staff, requestId);
        requireAssignee(staff, request);
        RequestDocument document = documents.findByIdAndRequestId(documentId, requestId)
                .filter(d -> d.getKind() == DocumentKind.HANDOVER)
                .orElseThrow(() -> new NotFoundException("handover document " + documentId));
        contents.deleteById(document.getId());
        documents.delete(document);
    }

    /**
     * A handed-over document, decrypted for the applicant. Only documents of that kind; which of them the
     * applicant may have is the consultation module's decision (the officer chose them).
     */
    @Transactional(readOnly = true)
    public DocumentFile handoverFile(long requestId, long documentId) {
        RequestDocument document = documents.findByIdAndRequestId(documentId, requestId)
                .filter(d -> d.getKind() == DocumentKind.HANDOVER && !d.isPurged())
                .orElseThrow(() -> new NotFoundException("handover document " + documentId));
        DocumentContent content = contents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("document content " + documentId));
        return new DocumentFile(document.getFilename(), document.getContentType(),
                encryptor.decrypt(content.ciphertext()));
    }

    private static void requireAssignee(StaffPrincipal staff, ConsultationRequest request) {
        if (!request.isAssignee(staff.id())) {
            throw new AccessDeniedException("only the request's officers hold and report the consultation");
        }
    }

    /** The applicant cancels from the tracking page, until the consultation is held. */
    public void cancelByApplicant(String token, String reason) {
        ConsultationRequest request = byToken(token);
        request.cancel(reason, Actor.applicant(), clock.instant());
        requests.save(request);
    }

    /** The receipt number and e-mail address must both match; the answer never says whether they did. */
    public void requestTrackingLink(String receiptNumber, String email) {
        // one query and one event whether or not anything matches: a hit takes no longer than a miss
        events.publishEvent(new TrackingLinkRequested(
                requests.findIdsByReceiptNumberAndEmail(receiptNumber.trim(), email.trim())));
    }

    /**
     * The head disposes the request to a division, whose head assigns the officers. Who may dispose is
     * the disposition module's rule; this checks the office, the version the decision was made on and
     * the lifecycle.
     */
    public void disposeToDivision(StaffPrincipal staff, Actor actor, long requestId, long version, long divisionId,
                                  String publicNote, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        Versions.check(request.getVersion(), version);
        divisions.requireInOffice(divisionId, request.getOfficeId());
        request.disposeToDivision(divisionId, actor, clock.instant(), publicNote, internalNote);
        requests.saveAndFlush(request);
    }

    /**
     * Officers are assigned: by the head straight away ({@code divisionId} null) or by the head of the
     * division the request was disposed to.
     */
    public void assign(StaffPrincipal staff, Actor actor, long requestId, long version, Long divisionId,
                       Collection<Long> officerIds, String publicNote, String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        Versions.check(request.getVersion(), version);
        if (divisionId != null) {
            divisions.requireInOffice(divisionId, request.getOfficeId());
        }
        request.assign(divisionId, officerIds, actor, clock.instant(), publicNote, internalNote);
        requests.saveAndFlush(request);
    }

    /** The head refuses the request; the reason is told to the applicant, the internal note is not. */
    public void reject(StaffPrincipal staff, Actor actor, long requestId, long version, String reason,
                       String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        Versions.check(request.getVersion(), version);
        request.reject(reason, actor, clock.instant(), internalNote);
        requests.saveAndFlush(request);
    }

    /**
     * Attaches a document prepared by the office (e.g. the telaahan staf) for someone who works on the
     * request; the history records it with an internal note only.
     */
    public long attachDocument(StaffPrincipal staff, Actor actor, long requestId, NewDocument document,
                               String internalNote) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.canOpenPersonalData(staff, request)) {
            throw new AccessDeniedException("not working on this request");
        }
        Optional<RequestDocument> same = documents.findFirstByRequestIdAndKindAndSha256(requestId, document.kind(),
                sha256(document.content()));
        if (same.isPresent()) {
            return same.get().getId(); // the same file sent twice is attached once
        }
        Instant now = clock.instant();
        long documentId = store(requestId, document, now).getId();
        request.note(actor, now, null, internalNote);
        requests.save(request);
        return documentId;
    }

    /** Opens a document for someone who works on the request, and records that they did. */
    public DocumentFile openDocument(StaffPrincipal staff, long requestId, long documentId) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.canOpenPersonalData(staff, request)) {
            throw new AccessDeniedException("not working on this request");
        }
        RequestDocument document = documents.findByIdAndRequestId(documentId, requestId)
                .filter(d -> !d.isPurged())
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        DocumentContent content = contents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("document content " + documentId));
        accesses.save(new PersonalDataAccess(request.getOfficeId(), requestId, documentId, PersonalDataAccess.DOCUMENT,
                document.getKind() + " " + document.getFilename(), staff.id(), staff.fullName(), clock.instant()));
        return new DocumentFile(document.getFilename(), document.getContentType(),
                encryptor.decrypt(content.ciphertext()));
    }

    /** Shows the NIK in full to someone who works on the request, and records that it was shown. */
    public String revealNik(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = forStaff(staff, requestId);
        if (!access.canOpenPersonalData(staff, request)) {
            throw new AccessDeniedException("not working on this request");
        }
        if (!request.getApplicant().hasNik()) {
            throw new NotFoundException("no NIK on request " + requestId);
        }
        accesses.save(new PersonalDataAccess(request.getOfficeId(), requestId, null, PersonalDataAccess.NIK, null,
                staff.id(), staff.fullName(), clock.instant()));
        return encryptor.decryptText(request.getApplicant().nikEncrypted());
    }

    /** Deletes the NIK and the scans of a finished request after the retention period. */
    public void purgePersonalData(long requestId) {
        ConsultationRequest request = requests.findById(requestId).orElseThrow();
        Instant now = clock.instant();
        for (RequestDocument document : documents.findByRequestIdOrderByUploadedAt(requestId)) {
            contents.deleteById(document.getId());
            document.purged(now);
        }
        request.personalDataPurged(now);
        events.publishEvent(new PersonalDataPurged(requestId, request.getOfficeId()));
    }

    // --- the duty desk -----------------------------------------------------------------------------

    /**
     * The requests of the staff member's office that a visitor at the desk may have come for (registered and
     * not yet held), found by receipt number, the applicant's name or phone number; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<RequestSummary> awaitingConsultation(StaffPrincipal staff, String query, int limit) {
        long officeId = staff.requireOffice();
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            return List.of();
        }
        return requests.findMatching(officeId, AWAITING_CONSULTATION, q, PhoneNumbers.searchDigits(q),
                PageRequest.of(0, limit));
    }

    /**
     * The applicant arrived at the duty desk for the consultation of a registered request. The status does
     * not change; the history says when they arrived. A request already held, closed or withdrawn is a 409.
     */
    public ConsultationRequest checkIn(StaffPrincipal staff, long requestId, String publicNote) {
        if (!staff.has(Role.PIKET) && !staff.has(Role.SEKRETARIAT)) {
            throw new AccessDeniedException("only the duty desk checks visitors in");
        }
        ConsultationRequest request = forStaff(staff, requestId);
        if (!AWAITING_CONSULTATION.contains(request.getStatus())) {
            throw new ConflictException("request " + requestId + " is " + request.getStatus() + ", not awaiting a visit");
        }
        request.note(Actor.of(staff), clock.instant(), publicNote, null);
        requests.save(request);
        events.publishEvent(new VisitorCheckedIn(request.getId(), request.getOfficeId(), clock.instant()));
        return request;
    }

    /**
     * An urgent walk-in, in an office whose standard serves urgent walk-ins without a letter, goes straight
     * from the desk to an officer, without waiting for a disposition. The caller has checked that the
     * officer is an active officer of the office; {@code divisionId} is the officer's division, if any.
     */
    public void routeUrgentWalkIn(StaffPrincipal staff, long requestId, long officerId, Long divisionId,
                                  String publicNote) {
        if (!staff.has(Role.PIKET)) {
            throw new AccessDeniedException("only the duty desk routes walk-ins");
        }
        ConsultationRequest request = forStaff(staff, requestId);
        if (!offices.require(request.getOfficeId()).getStandard().isUrgentWalkInWithoutLetter()) {
            throw new AccessDeniedException("the office's standard has urgent walk-ins wait for the disposition");
        }
        if (request.getChannel() != Channel.WALK_IN || !request.isUrgent()) {
            throw new ConflictException("only an urgent walk-in is routed from the desk");
        }
        request.assign(divisionId, List.of(officerId), Actor.of(staff), clock.instant(), publicNote, null);
        requests.save(request);
    }

    /** Per officer of the office (by staff id), how many assigned or scheduled requests they still have to serve. */
    @Transactional(readOnly = true)
    public Map<Long, Long> openRequestsPerOfficer(long officeId) {
        return Collections.unmodifiableMap(requests.loadPerOfficer(officeId, ON_AN_OFFICERS_DESK).stream()
                .collect(Collectors.toMap(OfficerLoad::staffId, OfficerLoad::openRequests)));
    }

    @Transactional(readOnly = true)
    public ConsultationRequest forStaff(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.findWholeById(requestId)
                .filter(r -> access.canSee(staff, r))
                .orElseThrow(() -> new NotFoundException("request " + requestId));
        return request;
    }

    @Transactional(readOnly = true)
    public ConsultationRequest byToken(String token) {
        if (token == null || token.length() < 20) {
            throw new NotFoundException("tracking token");
        }
        return requests.findByTrackingToken(token).orElseThrow(() -> new NotFoundException("tracking token"));
    }

    RequestDocument store(long requestId, NewDocument document, Instant at) {
        return store(requestId, sealed(document), at);
    }

    /** A file judged by its content (a PDF, JPEG or PNG, else refused) and encrypted, ready to be written. */
    private record SealedDocument(DocumentKind kind, String filename, String contentType, long size, String sha256,
                                  byte[] ciphertext) {
    }

    private SealedDocument sealed(NewDocument document) {
        UploadRules.AcceptedFile file = UploadRules.accepted(document.filename(), document.content());
        return new SealedDocument(document.kind(), file.filename(), file.contentType(),
                document.content().length, sha256(document.content()), encryptor.encrypt(document.content()));
    }

    private RequestDocument store(long requestId, SealedDocument document, Instant at) {
        RequestDocument saved = documents.save(new RequestDocument(requestId, document.kind(), document.filename(),
                document.contentType(), document.size(), document.sha256(), at));
        contents.save(new DocumentContent(saved.getId(), document.ciphertext()));
        return saved;
    }

    private Applicant applicantOf(NewRequest.ApplicantData data) {
        String nik = data.nik();
        boolean hasNik = nik != null && !nik.isBlank();
        return new Applicant(data.type(), data.name(), data.institution(), data.position(),
                hasNik ? encryptor.encryptText(nik) : null, hasNik ? nik.substring(nik.length() - 4) : null,
                data.phone(), data.email(), data.address());
    }

    private static Receipt receiptOf(ConsultationRequest request) {
        return new Receipt(request.getId(), request.getReceiptNumber(), request.getTrackingToken());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
