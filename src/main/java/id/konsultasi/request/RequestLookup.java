package id.konsultasi.request;

import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a request for a member of staff: one of another office is not found (a 404), never shown. */
@Component
@Transactional(readOnly = true)
class RequestLookup {

    private final ConsultationRequests requests;
    private final RequestAccess access;

    RequestLookup(ConsultationRequests requests, RequestAccess access) {
        this.requests = requests;
        this.access = access;
    }

    ConsultationRequest forStaff(StaffPrincipal staff, long requestId) {
        return requests.findWholeById(requestId)
                .filter(r -> access.canSee(staff, r))
                .orElseThrow(() -> new NotFoundException("request " + requestId));
    }
}
