package id.konsultasi.request;

import java.time.Clock;

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
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireAssignee(staff, request);
        request.markHeld(Actor.of(staff), clock.instant(), publicNote);
        requests.save(request);
    }

    /** One of the request's officers files the Laporan Hasil Konsultasi (again, after a return). */
    public void fileReport(StaffPrincipal staff, long requestId, String internalNote) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireAssignee(staff, request);
        request.fileReport(Actor.of(staff), clock.instant(), internalNote);
        requests.save(request);
    }

    /** The head of the request's division, or the head, sends the report back to the officer with a remark. */
    public void returnReport(StaffPrincipal staff, long requestId, String remark) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireReviewer(staff, request);
        request.returnReport(Actor.of(staff), clock.instant(), remark);
        requests.save(request);
    }

    /** The head of the request's division forwards the filed report to the head: a step in the timeline. */
    public void forwardReport(StaffPrincipal staff, long requestId, String internalNote) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireDivisionHead(staff, request);
        if (request.getStatus() != RequestStatus.REPORTED) {
            throw new IllegalTransitionException(request.getStatus(), RequestStatus.REPORTED);
        }
        request.note(Actor.of(staff), clock.instant(), null, internalNote);
        requests.save(request);
    }

    /** The head acknowledges the report: the request is closed. */
    public void acknowledgeReport(StaffPrincipal staff, long requestId, String publicNote) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireHead(staff, request);
        request.close(Actor.of(staff), clock.instant(), publicNote);
        requests.save(request);
    }
}
