package id.konsultasi.request;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests as the duty desk meets them: found for a visitor, checked in, an urgent walk-in routed
 * straight to an officer, and how much each officer still has to serve.
 */
@Service
@Transactional
public class RequestDesk {

    /** Registered and not yet held: the requests whose applicant may come to the desk for the consultation. */
    private static final Set<RequestStatus> AWAITING_CONSULTATION = EnumSet.of(RequestStatus.RECEIVED,
            RequestStatus.DISPOSED, RequestStatus.ASSIGNED, RequestStatus.SCHEDULED);
    /** What an officer still has to serve. */
    private static final Set<RequestStatus> ON_AN_OFFICERS_DESK = EnumSet.of(RequestStatus.ASSIGNED,
            RequestStatus.SCHEDULED);

    private final ConsultationRequests requests;
    private final RequestLookup lookup;
    private final RequestAccess access;
    private final Offices offices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestDesk(ConsultationRequests requests, RequestLookup lookup, RequestAccess access, Offices offices,
                ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.lookup = lookup;
        this.access = access;
        this.offices = offices;
        this.events = events;
        this.clock = clock;
    }

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
        access.requireDesk(staff);
        ConsultationRequest request = lookup.forStaff(staff, requestId);
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
        access.requireDutyOfficer(staff);
        ConsultationRequest request = lookup.forStaff(staff, requestId);
        access.requireUrgentWalkInsWithoutLetter(offices.require(request.getOfficeId()));
        if (request.getChannel() != Channel.WALK_IN || !request.isUrgent()) {
            throw new ConflictException("only an urgent walk-in is routed from the desk");
        }
        request.assign(divisionId, List.of(officerId), Actor.of(staff), clock.instant(), publicNote, null);
        requests.save(request);
        events.publishEvent(new UrgentWalkInRouted(request.getId(), request.getOfficeId(), officerId));
    }

    /** Per officer of the office (by staff id), how many assigned or scheduled requests they still have to serve. */
    @Transactional(readOnly = true)
    public Map<Long, Long> openRequestsPerOfficer(long officeId) {
        return Collections.unmodifiableMap(requests.loadPerOfficer(officeId, ON_AN_OFFICERS_DESK).stream()
                .collect(Collectors.toMap(OfficerLoad::staffId, OfficerLoad::openRequests)));
    }
}
