package id.konsultasi.intake.web;

import java.time.Instant;
import java.util.Set;

import id.konsultasi.office.OfficeCalendar;
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
    static void validate(RequestForm form, ServiceStandard.WorkflowSwitches rules, OfficeCalendar calendar,
                         String zoneAbbreviation, Instant now, Set<String> keptFiles, Errors errors) {
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
            validateVisit(form, calendar, zoneAbbreviation, now, errors);
        }
        if (rules.identityDocumentRequired() && !keptFiles.contains("idScan") && !errors.hasFieldErrors("idScan")) {
            errors.rejectValue("idScan", "intake.file.required");
        }
        if (institution && !keptFiles.contains("requestLetter") && !errors.hasFieldErrors("requestLetter")) {
            errors.rejectValue("requestLetter", "intake.requestLetter.required");
        }
    }

    /**
     * The preferred visit: a day and a time, on a working day of the office, within its hours, still to come (the
     * picker offers nothing else; a crafted post is answered beside the field all the same).
     */
    private static void validateVisit(RequestForm form, OfficeCalendar calendar, String zoneAbbreviation, Instant now,
                                      Errors errors) {
        if (form.getVisitDay() == null) {
            if (!errors.hasFieldErrors("visitDay")) {
                errors.rejectValue("visitDay", "intake.visitTime.required");
            }
        } else if (!calendar.isWorkingDay(form.getVisitDay())) {
            errors.rejectValue("visitDay", "intake.visitTime.closed");
        }
        if (form.getVisitTime() == null) {
            if (form.getVisitDay() != null && !errors.hasFieldErrors("visitTime")) {
                errors.rejectValue("visitTime", "intake.visitTime.required");
            }
        } else if (form.getVisitTime().isBefore(calendar.opening()) || !form.getVisitTime().isBefore(calendar.closing())) {
            errors.rejectValue("visitTime", "intake.visitTime.outsideHours",
                    new Object[]{calendar.opening().toString(), calendar.closing().toString(), zoneAbbreviation}, null);
        }
        if (form.getPreferredVisitAt() != null && !errors.hasFieldErrors("visitDay") && !errors.hasFieldErrors("visitTime")
                && !form.getPreferredVisitAt().atZone(calendar.zone()).toInstant().isAfter(now)) {
            errors.rejectValue("visitDay", "intake.visitTime.past");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
