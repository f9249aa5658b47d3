package id.konsultasi.request;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation and its report, as the consultation module records them on the request: held, reported,
 * returned to the officer, forwarded by the division head, acknowledged by the head (closed).
 */
@Service
@Transactional
public class ConsultationSteps {

    private final ConsultationRequests requests;
    private final RequestLookup lookup;
    private final RequestAccess access;
    private final Clock clock;

    ConsultationSteps(ConsultationRequests requests, RequestLookup lookup, RequestAccess access, Clock clock) {
        this.requests = requests;
        this.lookup = lookup;
        this.access = access;
        this.clock = clock;
    }

    /** One of the request's officers records that the consultation took place (from assigned or scheduled). */
    public void recordHeld(StaffPrincipal staff, long requestId, String publicNote) {
        step(staff, requestId, access::requireAssignee, (request, actor, at) -> request.markHeld(actor, at, publicNote));
    }

    /** One of the request's officers files the Laporan Hasil Konsultasi (again, after a return). */
    public void fileReport(StaffPrincipal staff, long requestId, String internalNote) {
        step(staff, requestId, access::requireAssignee, (request, actor, at) -> request.fileReport(actor, at, internalNote));
    }

    /** The head of the request's division, or the head, sends the report back to the officer with a remark. */
    public void returnReport(StaffPrincipal staff, long requestId, String remark) {
        step(staff, requestId, access::requireReviewer, (request, actor, at) -> request.returnReport(actor, at, remark));
    }

    /** The head of the request's division forwards the filed report to the head: a step in the timeline. */
    public void forwardReport(StaffPrincipal staff, long requestId, String internalNote) {
        step(staff, requestId, access::requireDivisionHead, (request, actor, at) -> {
            if (request.getStatus() != RequestStatus.REPORTED) {
                throw new IllegalTransitionException(request.getStatus(), RequestStatus.REPORTED);
            }
            request.note(actor, at, null, internalNote);
        });
    }

    /** The head acknowledges the report: the request is closed. */
    public void acknowledgeReport(StaffPrincipal staff, long requestId, String publicNote) {
        step(staff, requestId, access::requireHead, (request, actor, at) -> request.close(actor, at, publicNote));
    }

    /** One step: the request as this person may see it, their right to take the step, the step, saved. */
    private void step(StaffPrincipal staff, long requestId, BiConsumer<StaffPrincipal, ConsultationRequest> allowed,
                      Move move) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        allowed.accept(staff, request);
        move.on(request, Actor.of(staff), clock.instant());
        requests.save(request);
    }

    @FunctionalInterface
    private interface Move {
        void on(ConsultationRequest request, Actor actor, Instant at);
    }
}
