package id.konsultasi.disposition;

import java.util.List;

import id.konsultasi.request.ApplicantLetter;
import id.konsultasi.request.ApplicantLetterSource;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** The refusal letter on the request's page, for those who work on the request (as its lembar disposisi). */
@Component
class RefusalLetterForStaff implements ApplicantLetterSource {

    private final DispositionChoices choices;
    private final DispositionAccess access;

    RefusalLetterForStaff(DispositionChoices choices, DispositionAccess access) {
        this.choices = choices;
        this.access = access;
    }

    @Override
    public List<ApplicantLetter> lettersFor(StaffPrincipal staff, ConsultationRequest request) {
        return choices.dispositionOf(request.getId()).filter(d -> !d.isAccepted())
                .filter(d -> access.worksOn(staff, request))
                .map(d -> List.of(new ApplicantLetter(ApplicantLetter.REFUSAL, "applicantLetter.refusal",
                        d.getRefusalLetterNumber(), "/staf/disposisi/" + request.getId() + "/surat-penolakan.pdf")))
                .orElse(List.of());
    }
}
