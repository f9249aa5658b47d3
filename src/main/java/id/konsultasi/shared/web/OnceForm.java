package id.konsultasi.shared.web;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

/**
 * A form whose submission must take effect once (a request, a walk-in, a letter, a complaint, a survey answer):
 * each rendering carries a fresh key in a hidden field, and the service registers nothing twice for one key, so
 * a double click or a resubmitted page changes nothing more.
 */
public abstract class OnceForm {

    /** identifies this rendering of the form: a double submit with it registers nothing twice */
    @Pattern(regexp = "[0-9a-f-]{36}")
    private String formKey = UUID.randomUUID().toString();

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
}
