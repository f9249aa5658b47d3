package id.konsultasi.disposition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Division;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ApplicantLetter;
import id.konsultasi.request.ApplicantLetters;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the disposition page and the lembar disposisi show. The page is for those who work on the
 * request: the head (or the acting official), the head of the division it went to, its officers, and
 * the secretariat that files the lembar disposisi. Everyone else of the office gets a 403, everyone of
 * another office a 404.
 */
@Service
@Transactional(readOnly = true)
public class DispositionRecords {

    private final RequestService requests;
    private final RequestDocuments documents;
    private final RequestAccess access;
    private final DispositionChoices choices;
    private final StaffAnalyses analyses;
    private final DispositionAccess dispositionAccess;
    private final StaffUsers users;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final SheetDocument sheets;
    private final Clock clock;
    private final RefusalLetters refusalLetters;
    private final ApplicantLetters letters;

    DispositionRecords(RequestService requests, RequestDocuments documents, RequestAccess access,
                       DispositionChoices choices, StaffAnalyses analyses, DispositionAccess dispositionAccess,
                       StaffUsers users, Offices offices, WorkingDayCalendar calendars, SheetDocument sheets,
                       Clock clock, RefusalLetters refusalLetters, ApplicantLetters letters) {
        this.refusalLetters = refusalLetters;
        this.letters = letters;
        this.requests = requests;
        this.documents = documents;
        this.access = access;
        this.choices = choices;
        this.analyses = analyses;
        this.dispositionAccess = dispositionAccess;
        this.users = users;
        this.offices = offices;
        this.calendars = calendars;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** What this person does on the page of a request (who sees it at all: {@link DispositionAccess#worksOn}). */
    public record Rights(boolean head, boolean divisionHead, boolean lead, boolean assignee, boolean secretariat) {
    }

    /** The whole page: the request, its documents and timeline, the decisions and what this person may do. */
    public record RequestFile(ConsultationRequest request, Office office, ZoneId zone, List<RequestDocument> documents,
                              boolean canOpenPersonalData, Rights rights, Signatory headSignatory,
                              ActingAuthority acting, boolean viaDivision, Disposition disposition,
                              Assignment assignment, Map<Long, String> staffNames, String divisionName,
                              List<Division> divisionChoices, List<StaffUser> officerChoices, Countdown answer,
                              Countdown consultation, boolean staffAnalysisOutstanding,
                              List<ApplicantLetter> letters) {

        public boolean canDecide() {
            return headSignatory != null && request.getStatus() == RequestStatus.RECEIVED;
        }

        public boolean canAssign() {
            return rights.divisionHead() && request.getStatus() == RequestStatus.DISPOSED;
        }

        public boolean canAttachStaffAnalysis() {
            return rights.lead() && assignment != null;
        }

        /** The lead officer and the companions, by name. */
        public List<String> officerNames() {
            return assignment == null ? List.of() : assignment.officerIds().stream().map(this::name).toList();
        }

        public String name(Long staffId) {
            return staffId == null ? "" : staffNames.getOrDefault(staffId, "-");
        }
    }

    public RequestFile file(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        Signatory head = dispositionAccess.headSignatory(staff).orElse(null);
        Disposition disposition = choices.dispositionOf(requestId).orElse(null);
        Assignment assignment = choices.assignmentOf(requestId).orElse(null);
        dispositionAccess.requireWorksOn(staff, request);
        Rights rights = rights(staff, request, head, assignment);
        Office office = offices.require(request.getOfficeId());
        OfficeCalendar calendar = calendars.forOffice(office);
        Instant now = clock.instant();
        boolean viaDivision = choices.viaDivision(office.getId());
        List<Division> officeDivisions = choices.divisionsOf(office.getId());
        List<StaffUser> officerChoices = List.of();
        if (head != null && request.getStatus() == RequestStatus.RECEIVED && !viaDivision) {
            officerChoices = choices.eligible(office.getId(), null);
        } else if (rights.divisionHead() && request.getStatus() == RequestStatus.DISPOSED) {
            officerChoices = choices.eligible(office.getId(), request.getAssignedDivisionId());
        }
        return new RequestFile(request, office, office.zone(), documents.findByRequestIdOrderByUploadedAt(requestId),
                access.canOpenPersonalData(staff, request), rights, head,
                head != null && head.isActing() ? dispositionAccess.actingAuthority(staff).orElse(null) : null,
                viaDivision, disposition, assignment, names(assignment, request),
                divisionName(officeDivisions, request.getAssignedDivisionId()),
                officeDivisions.stream().filter(Division::isActive).toList(), officerChoices,
                request.getStatus().awaitsAnswerLetter() ? Countdown.of(request.getAnswerDueAt(), now, calendar) : null,
                request.getStatus().awaitsConsultation()
                        ? Countdown.of(request.getConsultationDueAt(), now, calendar) : null,
                analyses.outstanding(requestId), letters.of(staff, request));
    }

    /** The lembar disposisi of a decided request, for those who may see the request's page. */
    public DispositionSheet sheet(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        Disposition disposition = choices.dispositionOf(requestId)
                .orElseThrow(() -> new NotFoundException("no disposition of request " + requestId));
        Assignment assignment = choices.assignmentOf(requestId).orElse(null);
        dispositionAccess.requireWorksOn(staff, request);
        return sheetOf(request, disposition, assignment);
    }

    /**
     * The refusal letter of a refused request, for those who may see the request's page (as its lembar
     * disposisi); a request not refused has none (404). Printed for an applicant without an e-mail address.
     */
    @Transactional
    public RefusalLetters.Letter refusalLetter(StaffPrincipal staff, long requestId) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        dispositionAccess.requireWorksOn(staff, request);
        return refusalLetters.letterOf(requestId)
                .orElseThrow(() -> new NotFoundException("no refusal letter of request " + requestId));
    }

    public byte[] sheetPdf(DispositionSheet sheet) {
        return sheets.pdf(sheet);
    }

    DispositionSheet sheetOf(ConsultationRequest request, Disposition disposition, Assignment assignment) {
        Office office = offices.require(request.getOfficeId());
        ZoneId zone = office.zone();
        LetterReference letter = request.getLetter();
        LocalDate submittedOn = request.getSubmittedAt().atZone(zone).toLocalDate();
        boolean hasLetter = letter != null && letter.number() != null && !letter.number().isBlank();
        Map<Long, String> names = names(assignment, request);
        List<Division> officeDivisions = choices.divisionsOf(office.getId());
        List<String> forwardedTo = new ArrayList<>();
        if (disposition.getRoute() == Route.DIVISION) {
            forwardedTo.add(divisionName(officeDivisions, disposition.getDivisionId()));
        } else if (disposition.getRoute() == Route.OFFICERS && assignment != null) {
            assignment.officerIds().forEach(id -> forwardedTo.add(names.getOrDefault(id, "-")));
        }
        DispositionSheet.DivisionPart divisionPart = null;
        if (assignment != null && disposition.getRoute() == Route.DIVISION) {
            List<String> companions = assignment.getCompanionIds().stream().map(id -> names.getOrDefault(id, "-"))
                    .sorted().toList();
            divisionPart = new DispositionSheet.DivisionPart(names.getOrDefault(assignment.getLeadOfficerId(), "-"),
                    companions, assignment.isServedPersonally(), assignment.getInstructions(),
                    assignment.isStaffAnalysisRequired(), assignment.getAssignedAt().atZone(zone),
                    assignment.getSignatory());
        }
        return new DispositionSheet(office, request.getReceiptNumber(), request.getAgendaNumber(),
                letter != null && letter.receivedOn() != null ? letter.receivedOn() : submittedOn,
                request.getApplicant().getDisplayName(),
                hasLetter ? letter.number() : request.getReceiptNumber(),
                hasLetter && letter.date() != null ? letter.date() : submittedOn, hasLetter,
                request.getTopic(), disposition, forwardedTo, disposition.getDecidedAt().atZone(zone), divisionPart);
    }

    private Rights rights(StaffPrincipal staff, ConsultationRequest request, Signatory head, Assignment assignment) {
        boolean divisionHead = dispositionAccess.headsDivisionOf(staff, request);
        return new Rights(head != null, divisionHead, assignment != null && assignment.isLead(staff.id()),
                request.isAssignee(staff.id()), staff.has(Role.SEKRETARIAT));
    }

    private Map<Long, String> names(Assignment assignment, ConsultationRequest request) {
        Set<Long> ids = new LinkedHashSet<>(request.getAssigneeIds());
        if (assignment != null) {
            ids.addAll(assignment.officerIds());
        }
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            users.findAllById(ids).forEach(u -> names.put(u.getId(), u.getFullName()));
        }
        return names;
    }

    private static String divisionName(List<Division> divisions, Long divisionId) {
        return divisionId == null ? null : divisions.stream().filter(d -> d.getId().equals(divisionId))
                .map(Division::getName).findFirst().orElse(null);
    }

    /** Whether the document is a telaahan staf (shown apart on the page). */
    public static boolean isStaffAnalysis(RequestDocument document) {
        return document.getKind() == DocumentKind.STAFF_ANALYSIS;
    }
}
