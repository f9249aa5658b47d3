package id.konsultasi.scheduling;

import java.util.List;

import id.konsultasi.request.ApplicantLetter;
import id.konsultasi.request.ApplicantLetterSource;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** The answer letter of the request's latest appointment on its page, for the office's staff (as the appointment). */
@Component
class AnswerLetterForStaff implements ApplicantLetterSource {

    private final SchedulingService scheduling;

    AnswerLetterForStaff(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @Override
    public List<ApplicantLetter> lettersFor(StaffPrincipal staff, ConsultationRequest request) {
        if (!staff.belongsTo(request.getOfficeId())) {
            return List.of();
        }
        return scheduling.latestFor(request.getId()).filter(a -> a.getLetterNumber() != null)
                .map(a -> List.of(new ApplicantLetter(ApplicantLetter.ANSWER, "applicantLetter.answer",
                        a.getLetterNumber(), "/staf/jadwal/" + a.getId() + "/surat-jawaban.pdf")))
                .orElse(List.of());
    }
}
