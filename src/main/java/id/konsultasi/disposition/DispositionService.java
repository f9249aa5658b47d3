package id.konsultasi.disposition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DispositionSteps;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.IllegalTransitionException;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.RefusalLetter;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The head's decision and the division head's assignment. Only the head of office, or the acting
 * official (Plh/Plt) on a day of the delegation, decides; only the head of the division a request was
 * disposed to assigns its officers. Every decision is checked against the version of the request the
 * decider saw, changes the request through the request module's services ({@link DispositionSteps}), and appears in the applicant's
 * timeline in plain words while its internal details stay with the staff.
 */
@Service
@Transactional
public class DispositionService {

    /** History notes are written once, in the office's language. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final UploadRules STAFF_ANALYSIS = new UploadRules(DataSize.ofMegabytes(10), "disposition.staffAnalysisFile");

    private final RequestService requests;
    private final DispositionSteps steps;
    private final RequestDocuments documents;
    private final Dispositions dispositions;
    private final Assignments assignments;
    private final DispositionAccess access;
    private final StaffUsers users;
    private final OfficeDirectory directory;
    private final Divisions divisions;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RefusalLetter refusalLetter;

    DispositionService(RequestService requests, DispositionSteps steps, RequestDocuments documents, Dispositions dispositions,
                       Assignments assignments, DispositionAccess access, StaffUsers users, OfficeDirectory directory,
                       Divisions divisions, MessageSource messages, ApplicationEventPublisher events, Clock clock,
                       RefusalLetter refusalLetter) {
        this.refusalLetter = refusalLetter;
        this.requests = requests;
        this.steps = steps;
        this.documents = documents;
        this.dispositions = dispositions;
        this.assignments = assignments;
        this.access = access;
        this.users = users;
        this.directory = directory;
        this.divisions = divisions;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** What the head decides, as the form sends it. */
    public record Decision(Long version, String formKey, DispositionDecision decision, String reason,
                           ConsultationMode mode, Long divisionId, Long leadOfficerId, Collection<Long> companionIds,
                           Urgency urgency, Set<Instruction> instructions, String note) {
    }

    /** What the division head decides, as the form sends it. */
    public record AssignmentOrder(Long version, String formKey, boolean servePersonally, Long leadOfficerId,
                                  Collection<Long> companionIds, String instructions, boolean staffAnalysisRequired) {
    }

    // --- the head ----------------------------------------------------------------------------------

    /**
     * The head decides. Accepted: to the division the head chooses, or straight to the officers, as the
     * office's standard prescribes. Refused: the reason goes to the applicant in a letter. The same form
     * sent twice gives the same decision; a form of an older version of the request is refused (409).
     */
    public Disposition decide(StaffPrincipal staff, long requestId, Decision decision) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        Signatory signatory = access.requireHead(staff);
        Optional<Disposition> earlier = dispositions.findByRequestId(requestId);
        if (earlier.isPresent() && earlier.get().getFormKey().equals(decision.formKey())) {
            return earlier.get();
        }
        Versions.check(request.getVersion(), decision.version());
        if (request.getStatus() != RequestStatus.RECEIVED) {
            throw new IllegalTransitionException(request.getStatus(), RequestStatus.DISPOSED);
        }
        Actor actor = actor(signatory);
        Instant now = clock.instant();
        String note = Texts.orNull(decision.note());
        if (decision.decision() == DispositionDecision.REFUSED) {
            String reason = Texts.orNull(decision.reason());
            if (reason == null) {
                throw new InputRejected("reason", "disposition.reason.required");
            }
            Disposition refused = dispositions.saveAndFlush(Disposition.refuse(request.getOfficeId(), requestId,
                    decision.formKey(), reason, null, decision.urgency(), note, signatory, now));
            steps.reject(staff, actor, requestId, decision.version(), reason, internalNote(refused, List.of()));
            events.publishEvent(new RequestDisposed(requestId, request.getOfficeId(), refused.getId(),
                    DispositionDecision.REFUSED, null));
            // last: the office's letter counter stays locked only until the commit
            refused.numberRefusalLetter(refusalLetter.number(request));
            return refused;
        }
        if (decision.mode() == null) {
            throw new InputRejected("mode", "disposition.mode.required");
        }
        Set<Instruction> instructions = decision.instructions() == null || decision.instructions().isEmpty()
                ? EnumSet.noneOf(Instruction.class) : EnumSet.copyOf(decision.instructions());
        if (directory.standard(request.getOfficeId()).switches().dispositionViaDivision()) {
            Division division = decision.divisionId() == null ? null
                    : divisions.findByIdAndOfficeId(decision.divisionId(), request.getOfficeId())
                    .filter(Division::isActive).orElse(null);
            if (division == null) {
                throw new InputRejected("divisionId", "disposition.division.required");
            }
            Disposition accepted = dispositions.saveAndFlush(Disposition.accept(request.getOfficeId(), requestId,
                    decision.formKey(), Route.DIVISION, division.getId(), decision.mode(), decision.urgency(),
                    instructions, note, signatory, now));
            steps.disposeToDivision(staff, actor, requestId, decision.version(), division.getId(),
                    message("disposition.public.toDivision", division.getName(), modeInWords(decision.mode())),
                    internalNote(accepted, List.of(division.getName())));
            events.publishEvent(new RequestDisposed(requestId, request.getOfficeId(), accepted.getId(),
                    DispositionDecision.ACCEPTED, Route.DIVISION));
            return accepted;
        }
        List<StaffUser> officers = officers(request.getOfficeId(), null, decision.leadOfficerId(),
                decision.companionIds(), "leadOfficerId");
        Disposition accepted = dispositions.saveAndFlush(Disposition.accept(request.getOfficeId(), requestId,
                decision.formKey(), Route.OFFICERS, null, decision.mode(), decision.urgency(), instructions, note,
                signatory, now));
        Assignment assignment = assignments.saveAndFlush(new Assignment(request.getOfficeId(), requestId,
                decision.formKey(), null, officers.get(0).getId(), ids(officers.subList(1, officers.size())), false,
                note, instructions.contains(Instruction.PREPARE_STAFF_ANALYSIS), signatory, now));
        steps.assign(staff, actor, requestId, decision.version(), null, assignment.officerIds(),
                message("disposition.public.toOfficers", modeInWords(decision.mode())),
                internalNote(accepted, names(officers)));
        events.publishEvent(new RequestDisposed(requestId, request.getOfficeId(), accepted.getId(),
                DispositionDecision.ACCEPTED, Route.OFFICERS));
        return accepted;
    }

    // --- the division head --------------------------------------------------------------------------

    /**
     * The head of the division the request was disposed to assigns a lead officer and companions of the
     * division, or serves personally, and may ask for a telaahan staf.
     */
    public Assignment assign(StaffPrincipal staff, long requestId, AssignmentOrder order) {
        ConsultationRequest request = requests.forStaff(staff, requestId);
        access.requireDivisionHeadOf(staff, request);
        Optional<Assignment> earlier = assignments.findByRequestId(requestId);
        if (earlier.isPresent() && earlier.get().getFormKey().equals(order.formKey())) {
            return earlier.get();
        }
        Versions.check(request.getVersion(), order.version());
        if (request.getStatus() != RequestStatus.DISPOSED) {
            throw new IllegalTransitionException(request.getStatus(), RequestStatus.ASSIGNED);
        }
        long divisionId = request.getAssignedDivisionId();
        StaffUser me = user(staff);
        Long lead = order.servePersonally() ? me.getId() : order.leadOfficerId();
        List<StaffUser> officers = officers(request.getOfficeId(), divisionId, lead, order.companionIds(),
                "leadOfficerId");
        Signatory signatory = Signatory.self(me.getId(), me.getFullName(), me.getPosition());
        Instant now = clock.instant();
        Assignment assignment = assignments.saveAndFlush(new Assignment(request.getOfficeId(), requestId,
                order.formKey(), divisionId, lead, ids(officers.subList(1, officers.size())),
                lead.longValue() == me.getId(),
                Texts.orNull(order.instructions()), order.staffAnalysisRequired(), signatory, now));
        steps.assign(staff, new Actor(me.getId(), me.getFullName()), requestId, order.version(), divisionId,
                assignment.officerIds(), message("disposition.public.assigned"),
                assignmentNote(assignment, officers));
        return assignment;
    }

    // --- the lead officer ---------------------------------------------------------------------------

    /** The lead officer attaches the telaahan staf (PDF, JPG or PNG). */
    public void attachStaffAnalysis(StaffPrincipal staff, long requestId, String filename, byte[] content) {
        requests.forStaff(staff, requestId);
        Assignment assignment = access.requireLeadOfficer(staff, assignments.findByRequestId(requestId));
        UploadRules.AcceptedFile file = STAFF_ANALYSIS.accept("file", filename, content);
        requests.attachDocument(staff, Actor.of(staff), requestId,
                new NewDocument(DocumentKind.STAFF_ANALYSIS, filename, file.contentType(), content),
                message("disposition.internal.staffAnalysisAttached", file.filename()));
    }

    /**
     * Whether the request still waits for its telaahan staf: one was asked for and none is attached.
     * The scheduling module asks this before a consultation is scheduled.
     */
    @Transactional(readOnly = true)
    public boolean staffAnalysisOutstanding(long requestId) {
        return assignments.findByRequestId(requestId).filter(Assignment::isStaffAnalysisRequired).isPresent()
                && !documents.existsByRequestIdAndKindAndPurgedAtIsNull(requestId, DocumentKind.STAFF_ANALYSIS);
    }

    @Transactional(readOnly = true)
    public Optional<Disposition> dispositionOf(long requestId) {
        return dispositions.findByRequestId(requestId);
    }

    @Transactional(readOnly = true)
    public Optional<Assignment> assignmentOf(long requestId) {
        return assignments.findByRequestId(requestId);
    }

    // --- who may be chosen --------------------------------------------------------------------------

    /**
     * The officers the head may choose straight away (the office's officers and division heads), or the
     * members of a division its head may choose.
     */
    @Transactional(readOnly = true)
    public List<StaffUser> eligibleOfficers(long officeId, Long divisionId) {
        Map<Long, StaffUser> eligible = new java.util.LinkedHashMap<>();
        for (Role role : new Role[]{Role.PETUGAS, Role.KABID}) {
            for (StaffUser user : users.activeWithRole(officeId, role)) {
                if (divisionId == null || divisionId.equals(user.getDivisionId())) {
                    eligible.putIfAbsent(user.getId(), user);
                }
            }
        }
        return eligible.values().stream()
                .sorted(java.util.Comparator.comparing((StaffUser u) -> u.has(Role.KABID))
                        .thenComparing(StaffUser::getFullName))
                .toList();
    }

    private List<StaffUser> officers(long officeId, Long divisionId, Long leadId, Collection<Long> companionIds,
                                     String leadField) {
        Map<Long, StaffUser> eligible = eligibleOfficers(officeId, divisionId).stream()
                .collect(Collectors.toMap(StaffUser::getId, Function.identity()));
        if (leadId == null || !eligible.containsKey(leadId)) {
            throw new InputRejected(leadField, "disposition.lead.required");
        }
        List<StaffUser> officers = new ArrayList<>();
        officers.add(eligible.get(leadId));
        Set<Long> companions = new LinkedHashSet<>(companionIds == null ? List.of() : companionIds);
        companions.remove(leadId);
        for (Long id : companions) {
            StaffUser companion = eligible.get(id);
            if (companion == null) {
                throw new InputRejected("companionIds", "disposition.companions.invalid");
            }
            officers.add(companion);
        }
        return officers;
    }

    // --- words for the history ----------------------------------------------------------------------

    private Actor actor(Signatory signatory) {
        if (!signatory.isActing()) {
            return new Actor(signatory.getStaffId(), signatory.getName());
        }
        return new Actor(signatory.getStaffId(), message("disposition.actor.acting", signatory.getName(),
                signatory.getSigningPost(), signatory.getOnBehalfOfName()));
    }

    private String internalNote(Disposition d, List<String> forwardedTo) {
        List<String> parts = new ArrayList<>();
        parts.add(message("disposition.internal.urgency", message(d.getUrgency().labelKey())));
        if (!forwardedTo.isEmpty()) {
            parts.add(message("disposition.internal.forwardedTo", String.join(", ", forwardedTo)));
        }
        if (!d.getInstructions().isEmpty()) {
            parts.add(message("disposition.internal.instructions", EnumSet.copyOf(d.getInstructions()).stream()
                    .map(i -> message(i.labelKey())).collect(Collectors.joining(", "))));
        }
        if (d.getNote() != null) {
            parts.add(message("disposition.internal.note", d.getNote()));
        }
        return String.join(" ", parts);
    }

    private String assignmentNote(Assignment a, List<StaffUser> officers) {
        List<String> parts = new ArrayList<>();
        parts.add(message("disposition.internal.lead", officers.get(0).getFullName()));
        if (officers.size() > 1) {
            parts.add(message("disposition.internal.companions", String.join(", ",
                    names(officers.subList(1, officers.size())))));
        }
        if (a.isStaffAnalysisRequired()) {
            parts.add(message("disposition.internal.staffAnalysisRequired"));
        }
        if (a.getInstructions() != null) {
            parts.add(message("disposition.internal.note", a.getInstructions()));
        }
        return String.join(" ", parts);
    }

    private String modeInWords(ConsultationMode mode) {
        return message("disposition.modeInWords." + mode.name());
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }

    private StaffUser user(StaffPrincipal staff) {
        return users.findById(staff.id()).orElseThrow(() -> new NotFoundException("user " + staff.id()));
    }

    private static List<Long> ids(List<StaffUser> users) {
        return users.stream().map(StaffUser::getId).toList();
    }

    private static List<String> names(List<StaffUser> users) {
        return users.stream().map(StaffUser::getFullName).toList();
    }
}
