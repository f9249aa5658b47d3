package id.konsultasi.intake.web;

import java.util.Arrays;
import java.util.Set;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The pages of the request form, one per group of questions (GOV.UK's "one thing per page" where it helps: on a phone
 * the whole form was about 2,900 px long): who asks, what is asked, the files and the consent. Each page is checked on
 * its own; what was answered on the others travels in hidden fields, the files are kept by the intake.
 */
enum FormStep {
    APPLICANT(Set.of("applicantType", "name", "institution", "position", "nik", "phone", "email", "address")),
    REQUEST(Set.of("topic", "purpose", "preferredMode", "preferredVisitAt", "visitDay", "visitTime")),
    FILES(Set.of("idScan", "requestLetter", "consent"));

    private final Set<String> fields;

    FormStep(Set<String> fields) {
        this.fields = fields;
    }

    int number() {
        return ordinal() + 1;
    }

    static int count() {
        return values().length;
    }

    /** The page of this number (the first for none or an unknown one). */
    static FormStep of(Integer number) {
        return number == null || number < 1 || number > count() ? APPLICANT : values()[number - 1];
    }

    /** The page that asks this field (the first for a field of no page). */
    static FormStep asking(String field) {
        return Arrays.stream(values()).filter(step -> step.fields.contains(field)).findFirst().orElse(APPLICANT);
    }

    FormStep next() {
        return this == FILES ? FILES : values()[ordinal() + 1];
    }

    FormStep previous() {
        return this == APPLICANT ? APPLICANT : values()[ordinal() - 1];
    }

    /** Whether an error belongs on this page: one of its fields, or of no page's field (shown on any page). */
    private boolean shows(FieldError error) {
        return fields.contains(error.getField())
                || Arrays.stream(values()).noneMatch(step -> step.fields.contains(error.getField()));
    }

    /** The first page up to {@code last} on which the form has an error, or null when they have none. */
    static FormStep firstWithErrors(BindingResult result, FormStep last) {
        for (FormStep step : values()) {
            if (step.ordinal() > last.ordinal()) {
                break;
            }
            if (result.getFieldErrors().stream().anyMatch(step::shows)) {
                return step;
            }
        }
        return result.hasGlobalErrors() ? last : null;
    }

    /** The errors of this page only: the later pages are not checked yet, the earlier ones had none. */
    BindingResult errorsOf(BindingResult result) {
        BindingResult own = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getGlobalErrors().forEach(own::addError);
        result.getFieldErrors().stream().filter(this::shows).forEach(own::addError);
        return own;
    }
}
