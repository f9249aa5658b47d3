package id.konsultasi.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.konsultasi.feedback.ComplaintAgenda;
import id.konsultasi.feedback.ComplaintAgendaLine;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.AgendaEntry;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.KeptUploadService;
import id.konsultasi.shared.upload.KeptUploadService.KeptFile;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests that arrive as a letter (or by e-mail): registered at the counter with the letter's number and
 * dates and its scan, given an agenda number at once; and the agenda book, the register of them all.
 */
@Service
public class LetterService {

    /** The letter form's one file field. */
    private static final String SCAN = "scan";

    private final KeptUploadService kept;
    private final RequestService requests;
    private final ConsultationRequests requestRepository;
    private final Offices offices;
    private final DeskProperties properties;
    private final TransactionTemplate transaction;
    private final ComplaintAgenda complaintAgenda;

    LetterService(KeptUploadService kept, RequestService requests, ConsultationRequests requestRepository,
                  Offices offices, DeskProperties properties, PlatformTransactionManager transactionManager,
                  ComplaintAgenda complaintAgenda) {
        this.kept = kept;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.offices = offices;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
        this.complaintAgenda = complaintAgenda;
    }

    /** The letter form's rendering whose scan is kept: its key within the office. */
    private static KeptUploadService.Form form(long officeId, String formKey) {
        return new KeptUploadService.Form("desk.letter", officeId, formKey);
    }

    /**
     * A letter as the counter registers it: the sender (a person, or an institution and its contact person),
     * the applicant's contacts (phone already normalised to +62), the letter's number and dates, its subject
     * and a summary of what it asks.
     */
    public record Letter(String formKey, ApplicantType applicantType, String name, String institution,
                         String position, String phone, String email, String address, String letterNumber,
                         LocalDate letterDate, LocalDate receivedOn, String subject, String summary) {
    }

    /**
     * Checks the scanned letter and keeps it for the form. Returns the message key of the problem, if any: too
     * large, or not a PDF, JPEG or PNG (decided by the content, not the name).
     */
    @Transactional
    public Optional<String> keepScan(StaffPrincipal staff, String formKey, String filename, byte[] content) {
        DeskRoles.requireDesk(staff);
        long officeId = staff.requireOffice();
        Optional<String> problem = properties.scanRules().problem(content);
        if (problem.isEmpty()) {
            kept.keep(form(officeId, formKey), SCAN, UploadRules.accepted(filename, content));
        }
        return problem;
    }

    /** The scan kept for the form, shown so that it need not be chosen again. */
    public Optional<KeptFile> keptScan(StaffPrincipal staff, String formKey) {
        return kept.kept(form(staff.requireOffice(), formKey)).stream().findFirst();
    }

    /**
     * Registers the letter as a consultation request (channel "letter", received at once, with its agenda
     * number) with the kept scan. The same form sent twice gives the same receipt.
     *
     * @throws InputRejected when no scan was kept for the form
     */
    public Receipt register(StaffPrincipal staff, Letter letter) {
        DeskRoles.requireDesk(staff);
        long officeId = staff.requireOffice();
        try {
            return transaction.execute(status -> registerOnce(staff, officeId, letter));
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            return earlier(officeId, letter.formKey()).orElseThrow(() -> sameFormAtTheSameMoment);
        }
    }

    private Receipt registerOnce(StaffPrincipal staff, long officeId, Letter letter) {
        Optional<Receipt> earlier = earlier(officeId, letter.formKey());
        if (earlier.isPresent()) {
            kept.forget(form(officeId, letter.formKey()));
            return earlier.get();
        }
        KeptUploadService.OpenedFile scan = kept.open(form(officeId, letter.formKey())).stream().findFirst()
                .orElseThrow(() -> new InputRejected(SCAN, "letter.scan.required"));
        boolean institution = letter.applicantType().isInstitution();
        NewDocument scanned = new NewDocument(DocumentKind.LETTER_SCAN, scan.filename(), scan.contentType(),
                scan.content());
        kept.forget(form(officeId, letter.formKey()));
        // the request's numbers come last in this transaction (the office's counters stay locked until it commits)
        return requests.submit(officeId, new NewRequest(Channel.LETTER, letter.formKey(),
                        new NewRequest.ApplicantData(letter.applicantType(), letter.name(),
                                institution ? letter.institution() : null, institution ? letter.position() : null,
                                null, letter.phone(), letter.email(), letter.address()),
                        letter.subject(), letter.summary(), null, null, false, false,
                        new LetterReference(letter.letterNumber(), letter.letterDate(), letter.receivedOn())),
                List.of(scanned), Actor.of(staff));
    }

    /** The receipt of the letter this form already registered, if it did (the form was sent twice). */
    @Transactional(readOnly = true)
    public Optional<Receipt> registered(StaffPrincipal staff, String formKey) {
        DeskRoles.requireDesk(staff);
        return earlier(staff.requireOffice(), formKey);
    }

    private Optional<Receipt> earlier(long officeId, String formKey) {
        return requestRepository.findByOfficeIdAndIdempotencyKey(officeId, formKey)
                .map(r -> new Receipt(r.getId(), r.getReceiptNumber(), r.getTrackingToken()));
    }

    /** The agenda book of a period: every request given an agenda number in it, in the order of registration. */
    @Transactional(readOnly = true)
    public AgendaBook agendaBook(StaffPrincipal staff, Period range, Pageable pageable) {
        DeskRoles.requireSecretariat(staff);
        Office office = offices.require(staff.requireOffice());
        Instant start = range.start(office.zone());
        Instant end = range.end(office.zone());
        Page<AgendaEntry> page = requestRepository.agendaBook(office.getId(), start, end, pageable);
        // the period's complaints (a few a month: one query), each on the page of the letters it was
        // registered among, from this page's first letter to the next page's first
        List<ComplaintAgendaLine> complaints = complaintAgenda.between(office.getId(), start, end);
        AgendaEntry nextPageStartsWith = complaints.isEmpty() || !page.hasNext() ? null : requestRepository.agendaBook(
                office.getId(), start, end, PageRequest.of((page.getNumber() + 1) * page.getSize(), 1)).getContent()
                .get(0);
        return AgendaBook.of(range, office.zone(), office.getZoneAbbreviation(), page, complaints, nextPageStartsWith);
    }
}
