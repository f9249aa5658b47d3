package id.konsultasi.disposition;

/**
 * The head decided on a request: accepted (and disposed to a division or assigned to officers) or
 * refused. A refusal sends the applicant the refusal letter.
 */
record RequestDisposed(long requestId, long officeId, long dispositionId, DispositionDecision decision,
                              Route route) {
}
