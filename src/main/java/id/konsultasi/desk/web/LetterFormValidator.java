package id.konsultasi.desk.web;

import java.time.LocalDate;

import id.konsultasi.desk.LetterService;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.Texts;

import org.springframework.validation.Errors;

/** The rules of the letter form that depend on more than one field. The scan is checked when it is kept. */
final class LetterFormValidator {

    private LetterFormValidator() {
    }

    static void validate(LetterForm form, LocalDate today, Errors errors) {
        boolean institution = form.getApplicantType() != null && form.getApplicantType().isInstitution();
        if (institution && blank(form.getInstitution())) {
            errors.rejectValue("institution", "letter.institution.required");
        }
        if (!blank(form.getPhone()) && !PhoneNumbers.isValid(form.getPhone())) {
            errors.rejectValue("phone", "desk.phone.invalid");
        }
        if (blank(form.getPhone()) && blank(form.getEmail())) {
            errors.rejectValue("phone", "letter.contact.required");
        }
        if (form.getReceivedOn() != null && form.getReceivedOn().isAfter(today)) {
            errors.rejectValue("receivedOn", "letter.receivedOn.future");
        }
        if (form.getLetterDate() != null && form.getReceivedOn() != null
                && form.getLetterDate().isAfter(form.getReceivedOn())) {
            errors.rejectValue("letterDate", "letter.letterDate.afterReceived");
        }
    }

    static LetterService.Letter toLetter(LetterForm form) {
        boolean institution = form.getApplicantType().isInstitution();
        return new LetterService.Letter(form.getFormKey(), form.getApplicantType(), form.getName().trim(),
                institution ? form.getInstitution().trim() : null,
                institution ? Texts.orNull(form.getPosition()) : null,
                blank(form.getPhone()) ? null : PhoneNumbers.international(form.getPhone()),
                Texts.orNull(form.getEmail()), Texts.orNull(form.getAddress()), form.getLetterNumber().trim(),
                form.getLetterDate(), form.getReceivedOn(), form.getSubject().trim(), form.getSummary().trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
