package id.konsultasi.desk.web;

import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.shared.Nik;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.Texts;

import org.springframework.validation.Errors;

/** The rules of the walk-in screen that depend on the kind of visit and on the office's standard. */
final class WalkInFormValidator {

    private WalkInFormValidator() {
    }

    /**
     * @param routesUrgent whether the office's standard sends an urgent walk-in straight to an officer
     */
    static void validate(WalkInForm form, boolean routesUrgent, Errors errors) {
        if (!blank(form.getNik()) && !Nik.isValid(form.getNik())) {
            errors.rejectValue("nik", "desk.nik.invalid");
        }
        if (!blank(form.getPhone()) && !PhoneNumbers.isValid(form.getPhone())) {
            errors.rejectValue("phone", "desk.phone.invalid");
        }
        if (form.getKind() == VisitKind.NEW_CONSULTATION) {
            if (blank(form.getTopic())) {
                errors.rejectValue("topic", "desk.topic.required");
            }
            if (form.getApplicantType() != null && form.getApplicantType().isInstitution()
                    && blank(form.getInstitution())) {
                errors.rejectValue("institution", "desk.institution.required");
            }
            if (form.isUrgent() && routesUrgent && form.getOfficerId() == null) {
                errors.rejectValue("officerId", "desk.officer.required");
            }
        }
        if (form.getKind() == VisitKind.SCHEDULED_CONSULTATION && form.getRequestId() == null) {
            errors.rejectValue("requestId", "desk.checkIn.required");
        }
    }

    static DeskService.WalkIn toWalkIn(WalkInForm form) {
        boolean consultation = form.getKind() == VisitKind.NEW_CONSULTATION;
        return new DeskService.WalkIn(form.getFormKey(),
                new Guest(form.getName().trim(), Texts.orNull(form.getInstitution()),
                        PhoneNumbers.international(form.getPhone()), Nik.normalise(form.getNik()),
                        form.isIdentityChecked(), form.getPurpose().trim()),
                form.getKind(), form.getApplicantType(), consultation ? Texts.orNull(form.getPosition()) : null,
                consultation ? Texts.orNull(form.getEmail()) : null, consultation ? Texts.orNull(form.getTopic()) : null,
                form.getKind() == VisitKind.SCHEDULED_CONSULTATION ? form.getRequestId() : null,
                consultation && form.isUrgent(), consultation && form.isUrgent() ? form.getOfficerId() : null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
