package id.konsultasi.disposition;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.office.Division;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DispositionSteps;
import id.konsultasi.request.IllegalTransitionException;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.RefusalLetter;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final RequestService requests;
    private final DispositionSteps steps;
    private final Dispositions dispositions;
    private final Assignments assignments;
    private final DispositionAccess access;
    private final DispositionChoices choices;
    private final DispositionWords words;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RefusalLetter refusalLetter;

    DispositionService(RequestService requests, DispositionSteps steps, Dispositions dispositions,
                       Assignments assignments, DispositionAccess access, DispositionChoices choices,
                       DispositionWords words, ApplicationEventPublisher events, Clock clock,
                       RefusalLetter refusalLetter) {
        this.requests = requests;
        this.steps = steps;
        this.dispositions = dispositions;
        this.assignments = assignments;
        this.access = access;
        this.choices = choices;
        this.words = words;
        this.events = events;
        this.clock = clock;
        this.refusalLetter = refusalLetter;
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
        Actor actor = words.actor(signatory);
        Instant now = clock.instant();
        String note = Texts.orNull(decision.note());
        if (decision.decision() == DispositionDecision.REFUSED) {
            String reason = Texts.orNull(decision.reason());
            if (reason == null) {
                throw new InputRejected("reason", "disposition.reason.required");
            }
            Disposition refused = dispositions.saveAndFlush(Disposition.refuse(request.getOfficeId(), requestId,
                    decision.formKey(), reason, null, decision.urgency(), note, signatory, now));
            steps.reject(staff, actor, requestId, decision.version(), reason, words.internalNote(refused, List.of()));
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
        if (choices.viaDivision(request.getOfficeId())) {
            Division division = choices.activeDivision(request.getOfficeId(), decision.divisionId());
            Disposition accepted = dispositions.saveAndFlush(Disposition.accept(request.getOfficeId(), requestId,
                    decision.formKey(), Route.DIVISION, division.getId(), decision.mode(), decision.urgency(),
                    instructions, note, signatory, now));
            steps.disposeToDivision(staff, actor, requestId, decision.version(), division.getId(),
                    words.message("disposition.public.toDivision", division.getName(),
                            words.modeInWords(decision.mode())),
                    words.internalNote(accepted, List.of(division.getName())));
            events.publishEvent(new RequestDisposed(requestId, request.getOfficeId(), accepted.getId(),
                    DispositionDecision.ACCEPTED, Route.DIVISION));
            return accepted;
        }
        List<StaffUser> officers = choices.chosen(request.getOfficeId(), null, decision.leadOfficerId(),
                decision.companionIds(), "leadOfficerId");
        Disposition accepted = dispositions.saveAndFlush(Disposition.accept(request.getOfficeId(), requestId,
                decision.formKey(), Route.OFFICERS, null, decision.mode(), decision.urgency(), instructions, note,
                signatory, now));
        Assignment assignment = assignments.saveAndFlush(new Assignment(request.getOfficeId(), requestId,
                decision.formKey(), null, officers.get(0).getId(), ids(officers.subList(1, officers.size())), false,
                note, instructions.contains(Instruction.PREPARE_STAFF_ANALYSIS), signatory, now));
        steps.assign(staff, actor, requestId, decision.version(), null, assignment.officerIds(),
                words.message("disposition.public.toOfficers", words.modeInWords(decision.mode())),
                words.internalNote(accepted, DispositionWords.names(officers)));
        events.publishEvent(new RequestDisposed(requestId, request.getOfficeId(), accepted.getId(),
                DispositionDecision.ACCEPTED, Route.OFFICERS));
        events.publishEvent(new OfficersAssigned(requestId, request.getOfficeId(), officers.get(0).getId(),
                ids(officers.subList(1, officers.size()))));
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
        StaffUser me = choices.user(staff);
        Long lead = order.servePersonally() ? me.getId() : order.leadOfficerId();
        List<StaffUser> officers = choices.chosen(request.getOfficeId(), divisionId, lead, order.companionIds(),
                "leadOfficerId");
        Signatory signatory = Signatory.self(me.getId(), me.getFullName(), me.getPosition());
        Instant now = clock.instant();
        Assignment assignment = assignments.saveAndFlush(new Assignment(request.getOfficeId(), requestId,
                order.formKey(), divisionId, lead, ids(officers.subList(1, officers.size())),
                lead.longValue() == me.getId(),
                Texts.orNull(order.instructions()), order.staffAnalysisRequired(), signatory, now));
        steps.assign(staff, new Actor(me.getId(), me.getFullName()), requestId, order.version(), divisionId,
                assignment.officerIds(), words.message("disposition.public.assigned"),
                words.assignmentNote(assignment, officers));
        events.publishEvent(new OfficersAssigned(requestId, request.getOfficeId(), lead,
                ids(officers.subList(1, officers.size()))));
        return assignment;
    }

    private static List<Long> ids(List<StaffUser> users) {
        return users.stream().map(StaffUser::getId).toList();
    }
}
