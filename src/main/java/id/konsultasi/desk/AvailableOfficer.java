package id.konsultasi.desk;

/**
 * An active officer of the office who is not serving a guest on today's board, with the number of
 * assigned or scheduled requests they still have to serve (fewer = more available).
 */
record AvailableOfficer(long id, String name, String position, Long divisionId, long openRequests) {
}
