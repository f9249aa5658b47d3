package id.konsultasi.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.Nik;
import id.konsultasi.shared.PhoneNumbers;

import org.springframework.validation.Errors;

/** The rules of the form that depend on the office's standard and on more than one field. */
final class RequestFormValidator {

    private RequestFormValidator() {
    }

    /**
     * @param keptFiles the file fields for which a valid file is already kept
     */
    static void validate(RequestForm form, ServiceStandard.WorkflowSwitches rules, ZoneId zone, Instant now,
                         Set<String> keptFiles, Errors errors) {
        boolean institution = form.getApplicantType() != null && form.getApplicantType().isInstitution();
        if (institution && isBlank(form.getInstitution())) {
            errors.rejectValue("institution", "intake.institution.required");
        }
        if (institution && isBlank(form.getPosition())) {
            errors.rejectValue("position", "intake.position.required");
        }
        if (!isBlank(form.getNik()) && !Nik.isValid(form.getNik())) {
            errors.rejectValue("nik", "intake.nik.invalid");
        } else if (rules.identityDocumentRequired() && isBlank(form.getNik())) {
            errors.rejectValue("nik", "intake.nik.required");
        }
        if (rules.emailRequired() && isBlank(form.getEmail()) && !errors.hasFieldErrors("email")) {
            errors.rejectValue("email", "jakarta.validation.constraints.NotBlank.message");
        }
        if (!isBlank(form.getPhone()) && !PhoneNumbers.isValid(form.getPhone())) {
            errors.rejectValue("phone", "intake.phone.invalid");
        }
        if (rules.applicantStatesVisitTime()) {
            if (form.getPreferredVisitAt() == null) {
                if (!errors.hasFieldErrors("preferredVisitAt")) {
                    errors.rejectValue("preferredVisitAt", "intake.visitTime.required");
                }
            } else if (!form.getPreferredVisitAt().atZone(zone).toInstant().isAfter(now)) {
                errors.rejectValue("preferredVisitAt", "intake.visitTime.past");
            }
        }
        if (rules.identityDocumentRequired() && !keptFiles.contains("idScan") && !errors.hasFieldErrors("idScan")) {
            errors.rejectValue("idScan", "intake.file.required");
        }
        if (institution && !keptFiles.contains("requestLetter") && !errors.hasFieldErrors("requestLetter")) {
            errors.rejectValue("requestLetter", "intake.requestLetter.required");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
