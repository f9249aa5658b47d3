package id.konsultasi.request;

/** The duty desk sent an urgent walk-in straight to an officer, without waiting for a disposition. */
public record UrgentWalkInRouted(long requestId, long officeId, long officerId) {
}
