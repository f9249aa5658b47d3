package id.konsultasi.feedback;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The satisfaction survey: the applicant of a closed consultation is invited and answers once through
 * the tracking link; walk-in respondents answer anonymously at the desk's kiosk. A form sent twice is
 * counted once (its key); a request is answered once (the database says so).
 */
@Service
public class SurveyService {

    /** Where the survey of a request stands, as its applicant sees it. */
    public enum InvitationState {
        /** the consultation is not closed yet */
        NOT_YET,
        /** waiting for the answer */
        OPEN,
        /** answered already */
        ANSWERED
    }

    public enum Outcome {
        SAVED, ALREADY_ANSWERED
    }

    /** A new invitation, with what the invitation mail needs. */
    public record Invitee(long requestId, long officeId, String receiptNumber, String name, String email,
                         String trackingToken, Locale locale) {
    }

    private final SurveyResponses responses;
    private final SurveyInvitations invitations;
    private final RequestService requestService;
    private final ConsultationRequests requests;
    private final FeedbackAccess access;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SurveyService(SurveyResponses responses, SurveyInvitations invitations, RequestService requestService,
                  ConsultationRequests requests, FeedbackAccess access, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.responses = responses;
        this.invitations = invitations;
        this.requestService = requestService;
        this.requests = requests;
        this.access = access;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public InvitationState state(String token) {
        return state(requestService.byToken(token));
    }

    private InvitationState state(ConsultationRequest request) {
        if (request.getStatus() != RequestStatus.CLOSED) {
            return InvitationState.NOT_YET;
        }
        return responses.existsByRequestId(request.getId()) ? InvitationState.ANSWERED : InvitationState.OPEN;
    }

    /**
     * The applicant answers through the tracking link. The same form sent again is SAVED (once); another
     * answer for a request already answered is refused.
     */
    public Outcome answerInvitation(String token, SurveyAnswer answer) {
        ConsultationRequest request = requestService.byToken(token);
        if (sameForm(request.getOfficeId(), answer)) {
            return Outcome.SAVED;
        }
        InvitationState state = state(request);
        if (state == InvitationState.NOT_YET) {
            throw new ConflictException("the survey opens when the consultation is closed");
        }
        if (state == InvitationState.ANSWERED) {
            return Outcome.ALREADY_ANSWERED;
        }
        try {
            transaction.executeWithoutResult(status -> responses.saveAndFlush(new SurveyResponse(request.getOfficeId(),
                    request.getId(), SurveySource.INVITATION, answer, clock.instant())));
            return Outcome.SAVED;
        } catch (DataIntegrityViolationException raced) {
            return sameForm(request.getOfficeId(), answer) ? Outcome.SAVED : Outcome.ALREADY_ANSWERED;
        }
    }

    /** A walk-in respondent answers at the desk's tablet, anonymously; the duty officer's kiosk is signed in. */
    public void answerAtKiosk(StaffPrincipal staff, SurveyAnswer answer) {
        access.requireKiosk(staff);
        long officeId = staff.requireOffice();
        if (sameForm(officeId, answer)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> responses.saveAndFlush(new SurveyResponse(officeId, null,
                    SurveySource.KIOSK, answer, clock.instant())));
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            if (!sameForm(officeId, answer)) {
                throw sameFormAtTheSameMoment;
            }
        }
    }

    private boolean sameForm(long officeId, SurveyAnswer answer) {
        return responses.findByOfficeIdAndIdempotencyKey(officeId, answer.idempotencyKey()).isPresent();
    }

    /**
     * Records the invitation of a closed request's applicant, once. Returns who to mail, when the
     * applicant left an e-mail address and was not invited before.
     */
    @Transactional
    public Optional<Invitee> invite(long requestId) {
        if (invitations.existsById(requestId)) {
            return Optional.empty();
        }
        ConsultationRequest request = requests.findById(requestId).orElse(null);
        if (request == null || request.getStatus() != RequestStatus.CLOSED) {
            return Optional.empty();
        }
        String email = request.getApplicant().getEmail();
        boolean mailable = email != null && !email.isBlank();
        invitations.save(new SurveyInvitation(requestId, request.getOfficeId(), clock.instant(), mailable));
        return mailable ? Optional.of(new Invitee(requestId, request.getOfficeId(), request.getReceiptNumber(),
                request.getApplicant().getDisplayName(), email.trim(), request.getTrackingToken(),
                request.getApplicant().getLocale())) : Optional.empty();
    }
}
