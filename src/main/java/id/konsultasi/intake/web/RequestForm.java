package id.konsultasi.intake.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import id.konsultasi.office.ServiceStandard;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.NewRequest;
import id.konsultasi.shared.Nik;
import id.konsultasi.shared.PhoneNumbers;
import id.konsultasi.shared.web.OnceForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public request form, asked in three pages ({@link FormStep}). The rules that depend on the office's standard are
 * in {@link RequestFormValidator}.
 */
class RequestForm extends OnceForm {

    @NotNull
    private ApplicantType applicantType = ApplicantType.PERSON;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String institution;
    @Size(max = 200)
    private String position;
    @Size(max = 40)
    private String nik;
    @NotBlank
    @Size(max = 30)
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 500)
    private String address;
    @NotBlank
    @Size(max = 500)
    private String topic;
    @NotBlank
    @Size(max = 4000)
    private String purpose;
    @NotNull
    private ConsultationMode preferredMode;
    /** The day and the time of the preferred visit, chosen on the picker (where the office's standard asks). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitDay;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime visitTime;
    private MultipartFile idScan;
    private MultipartFile requestLetter;
    @AssertTrue(message = "{intake.consent.required}")
    private boolean consent;
    /** the page of the form shown ({@link FormStep}); none: the whole form on one page, as before the pages */
    private Integer step;
    /** the page was opened by "change" on the answers: "continue" leads back to them once everything is answered */
    private boolean fromAnswers;

    /** The request this form asks for, once it is valid (the visit time only where the standard asks it). */
    NewRequest toRequest(ZoneId zone, ServiceStandard.WorkflowSwitches rules, String language) {
        boolean institution = applicantType.isInstitution();
        return new NewRequest(Channel.ONLINE, getFormKey(), new NewRequest.ApplicantData(applicantType, name.trim(),
                institution ? this.institution.trim() : null, institution ? position.trim() : null,
                blank(nik) ? null : Nik.normalise(nik), PhoneNumbers.international(phone),
                blank(email) ? null : email.trim(), blank(address) ? null : address.trim()),
                topic.trim(), purpose.trim(), preferredMode,
                rules.applicantStatesVisitTime() && getPreferredVisitAt() != null
                        ? getPreferredVisitAt().atZone(zone).toInstant() : null,
                false, consent).inLanguage(language);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ApplicantType getApplicantType() { return applicantType; }
    public void setApplicantType(ApplicantType applicantType) { this.applicantType = applicantType; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public ConsultationMode getPreferredMode() { return preferredMode; }
    public void setPreferredMode(ConsultationMode preferredMode) { this.preferredMode = preferredMode; }
    public LocalDate getVisitDay() { return visitDay; }
    public void setVisitDay(LocalDate visitDay) { this.visitDay = visitDay; }
    public LocalTime getVisitTime() { return visitTime; }
    public void setVisitTime(LocalTime visitTime) { this.visitTime = visitTime; }

    /** The preferred visit in the office's time, once both the day and the time are chosen. */
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    public LocalDateTime getPreferredVisitAt() {
        return visitDay == null || visitTime == null ? null : LocalDateTime.of(visitDay, visitTime);
    }

    /** Both at once, as a post from the former date-and-time input sends them. */
    public void setPreferredVisitAt(LocalDateTime preferredVisitAt) {
        if (preferredVisitAt != null) {
            this.visitDay = preferredVisitAt.toLocalDate();
            this.visitTime = preferredVisitAt.toLocalTime();
        }
    }
    public MultipartFile getIdScan() { return idScan; }
    public void setIdScan(MultipartFile idScan) { this.idScan = idScan; }
    public MultipartFile getRequestLetter() { return requestLetter; }
    public void setRequestLetter(MultipartFile requestLetter) { this.requestLetter = requestLetter; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public Integer getStep() { return step; }
    public void setStep(Integer step) { this.step = step; }
    public boolean isFromAnswers() { return fromAnswers; }
    public void setFromAnswers(boolean fromAnswers) { this.fromAnswers = fromAnswers; }
}
