package id.konsultasi.consultation;

import java.util.List;

import id.konsultasi.request.ApplicantLetter;
import id.konsultasi.request.ApplicantLetterSource;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** The closing letter on the request's page once the head acknowledged the report, for the report's readers. */
@Component
class ClosingLetterForStaff implements ApplicantLetterSource {

    private final ApplicantResults results;
    private final ConsultationAccess access;

    ClosingLetterForStaff(ApplicantResults results, ConsultationAccess access) {
        this.results = results;
        this.access = access;
    }

    @Override
    public List<ApplicantLetter> lettersFor(StaffPrincipal staff, ConsultationRequest request) {
        if (!staff.belongsTo(request.getOfficeId()) || !access.canRead(staff, request)) {
            return List.of();
        }
        return results.of(request.getId())
                .map(result -> List.of(new ApplicantLetter(ApplicantLetter.CLOSING, "applicantLetter.closing",
                        result.letterNumber(), "/staf/konsultasi/" + request.getId() + "/surat-hasil.pdf")))
                .orElse(List.of());
    }
}
