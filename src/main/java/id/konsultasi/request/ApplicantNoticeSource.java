package id.konsultasi.request;

import java.util.List;

import id.konsultasi.shared.security.StaffPrincipal;

/**
 * What the applicant has been told about the request and by which channel, contributed to the request's page by
 * the module that tells (this module knows neither the channels nor the messages of the other modules). A constant
 * number of statements whatever the number of messages.
 */
public interface ApplicantNoticeSource {

    List<ApplicantNotice> noticesFor(StaffPrincipal staff, ConsultationRequest request);
}
