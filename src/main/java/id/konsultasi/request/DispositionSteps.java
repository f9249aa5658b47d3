package id.konsultasi.request;

import java.time.Clock;
import java.util.Collection;

import id.konsultasi.office.Divisions;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head's and the division head's decisions, as the disposition module records them on the request. Who
 * may decide is the disposition module's rule; these check the office, the version the decision was made on
 * and the lifecycle.
 */
@Service
@Transactional
public class DispositionSteps {

    private final ConsultationRequests requests;
    private final RequestLookup lookup;
    private final Divisions divisions;
    private final Clock clock;

    DispositionSteps(ConsultationRequests requests, RequestLookup lookup, Divisions divisions, Clock clock) {
        this.requests = requests;
        this.lookup = lookup;
        this.divisions = divisions;
        this.clock = clock;
    }

    /** The head disposes the request to a division, whose head assigns the officers. */
    public void disposeToDivision(StaffPrincipal staff, Actor actor, long requestId, long version, long divisionId,
                                  String publicNote, String internalNote) {
        ConsultationRequest request = lookup.forStaff(staff, requestId);
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
        ConsultationRequest request = lookup.forStaff(staff, requestId);
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
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        Versions.check(request.getVersion(), version);
        request.reject(reason, actor, clock.instant(), internalNote);
        requests.saveAndFlush(request);
    }
}
