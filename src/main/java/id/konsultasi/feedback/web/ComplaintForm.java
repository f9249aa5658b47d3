package id.konsultasi.feedback.web;

import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.web.OnceForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/** The public complaint form, on an office's page or a request's tracking page. */
class ComplaintForm extends OnceForm {

    private boolean anonymous;
    @Size(max = 200)
    private String name;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 30)
    private String phone;
    @NotBlank
    @Size(max = 200)
    private String subject;
    @NotBlank
    @Size(max = 4000)
    private String description;

    /** The rules over more than one field, beside the field they concern. */
    void validate(Errors errors) {
        if (!anonymous && blank(name) && !errors.hasFieldErrors("name")) {
            errors.rejectValue("name", "complaint.name.required");
        }
        if (!blank(phone) && !PhoneNumbers.isValid(phone) && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "intake.phone.invalid");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    String cleanPhone() {
        return blank(phone) ? null : PhoneNumbers.international(phone);
    }

    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
