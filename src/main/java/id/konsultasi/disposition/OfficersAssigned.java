package id.konsultasi.disposition;

import java.util.List;

/**
 * Officers were assigned to a request: by the head straight, or by the division head. The lead officer serves it,
 * the companions with them.
 */
public record OfficersAssigned(long requestId, long officeId, long leadOfficerId, List<Long> companionIds) {

    public OfficersAssigned {
        companionIds = List.copyOf(companionIds);
    }
}
