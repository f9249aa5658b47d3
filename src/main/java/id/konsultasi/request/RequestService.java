package id.konsultasi.request;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to requests: submission, registration, completeness, scheduling, cancellation, documents and
 * personal data. With its audiences' parts, {@link DispositionSteps} (the decisions), {@link ConsultationSteps}
 * (the consultation and its report) and {@link RequestDesk} (the duty desk), the only way other modules change
 * a request.
 */
@Service
@Transactional
public class RequestService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsultationRequests requests;
    private final RequestDocuments documents;
    private final DocumentContents contents;
    private final PersonalDataAccesses accesses;
    private final Offices offices;
    private final RequestNumbers numbers;
    private final DeadlinePolicy deadlines;
    private final RequestAccess access;
    private final DataEncryptor encryptor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RequestLookup lookup;

    RequestService(ConsultationRequests requests, RequestDocuments documents, DocumentContents contents,
                   PersonalDataAccesses accesses, Offices offices, RequestNumbers numbers,
                   DeadlinePolicy deadlines, RequestAccess access, DataEncryptor encryptor,
                   ApplicationEventPublisher events, Clock clock, RequestLookup lookup) {
        this.requests = requests;
        this.documents = documents;
        this.contents = contents;
        this.accesses = accesses;
        this.offices = offices;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.access = access;
        this.encryptor = encryptor;
        this.events = events;
        this.clock = clock;
        this.lookup = lookup;
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
        ConsultationRequest created = ConsultationRequest.open(request, applicantOf(request.applicant(), request.language()), officeId,
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
        access.requireRegistrar(staff, request);
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
        access.requireRegistrar(staff, request);
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

    private void requireAssignee(StaffPrincipal staff, ConsultationRequest request) {
        access.requireAssignee(staff, request);
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

    @Transactional(readOnly = true)
    public ConsultationRequest forStaff(StaffPrincipal staff, long requestId) {
        return lookup.forStaff(staff, requestId);
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

    private Applicant applicantOf(NewRequest.ApplicantData data, String language) {
        String nik = data.nik();
        boolean hasNik = nik != null && !nik.isBlank();
        return new Applicant(data.type(), data.name(), data.institution(), data.position(),
                hasNik ? encryptor.encryptText(nik) : null, hasNik ? nik.substring(nik.length() - 4) : null,
                data.phone(), data.email(), data.address(), language);
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
