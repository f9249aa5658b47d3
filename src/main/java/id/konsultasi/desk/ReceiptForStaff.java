package id.konsultasi.desk;

import java.util.List;

import id.konsultasi.request.ApplicantLetter;
import id.konsultasi.request.ApplicantLetterSource;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;

/** The receipt on the request's page, for the desk and the secretariat that print receipts at the counter. */
@Component
class ReceiptForStaff implements ApplicantLetterSource {

    @Override
    public List<ApplicantLetter> lettersFor(StaffPrincipal staff, ConsultationRequest request) {
        if (!DeskRoles.isDesk(staff) || !staff.belongsTo(request.getOfficeId())) {
            return List.of();
        }
        return List.of(new ApplicantLetter(ApplicantLetter.RECEIPT, "applicantLetter.receipt", request.getReceiptNumber(),
                "/staf/piket/permohonan/" + request.getId() + "/tanda-terima.pdf"));
    }
}
