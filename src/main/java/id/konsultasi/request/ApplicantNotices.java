package id.konsultasi.request;

import java.util.List;

import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** What the applicant has been told, from each module that tells (none when no module does). */
@Component
public class ApplicantNotices {

    private final List<ApplicantNoticeSource> sources;

    ApplicantNotices(List<ApplicantNoticeSource> sources) {
        this.sources = sources;
    }

    public List<ApplicantNotice> of(StaffPrincipal staff, ConsultationRequest request) {
        return sources.stream().flatMap(source -> source.noticesFor(staff, request).stream()).toList();
    }
}
