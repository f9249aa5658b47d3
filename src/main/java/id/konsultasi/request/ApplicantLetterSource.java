package id.konsultasi.request;

import java.util.List;

import id.konsultasi.shared.security.StaffPrincipal;

/**
 * The letters of a request that a module writes, contributed to the request's page (the module that writes
 * a letter knows it, its address and who may open it; this module knows none of them). Only the letters
 * this person may open, by the same rule as the letter's own address.
 */
public interface ApplicantLetterSource {

    List<ApplicantLetter> lettersFor(StaffPrincipal staff, ConsultationRequest request);
}
