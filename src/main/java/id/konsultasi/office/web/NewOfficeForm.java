package id.konsultasi.office.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A new office: its short code and its profile. The standard is filled in by its administrator. */
public class NewOfficeForm extends ProfileForm {

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{office.code.invalid}")
    private String code;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
