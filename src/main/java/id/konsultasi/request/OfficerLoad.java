package id.konsultasi.request;

/** How many requests an officer serves that are assigned or scheduled and not yet held. */
record OfficerLoad(long staffId, long openRequests) {
}
