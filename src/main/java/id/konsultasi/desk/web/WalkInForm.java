package id.konsultasi.desk.web;

import id.konsultasi.desk.VisitKind;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.shared.web.OnceForm;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The walk-in screen: the guest book entry and what the visit is. The rules that depend on the kind of
 * visit and on the office's standard are in {@link WalkInFormValidator}.
 */
class WalkInForm extends OnceForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 200)
    private String institution;
    @NotBlank
    @Size(max = 30)
    private String phone;
    @NotBlank
    @Size(max = 40)
    private String nik;
    @AssertTrue(message = "{desk.identityChecked.required}")
    private boolean identityChecked;
    @NotBlank
    @Size(max = 1000)
    private String purpose;

    @NotNull
    private VisitKind kind = VisitKind.NEW_CONSULTATION;

    // a new consultation
    @NotNull
    private ApplicantType applicantType = ApplicantType.PERSON;
    @Size(max = 200)
    private String position;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 500)
    private String topic;
    private boolean urgent;
    private Long officerId;

    // a visitor with an appointment
    @Size(max = 100)
    private String lookup;
    private Long requestId;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getInstitution() { return institution; }
    public void setInstitution(String institution) { this.institution = institution; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public boolean isIdentityChecked() { return identityChecked; }
    public void setIdentityChecked(boolean identityChecked) { this.identityChecked = identityChecked; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public VisitKind getKind() { return kind; }
    public void setKind(VisitKind kind) { this.kind = kind; }
    public ApplicantType getApplicantType() { return applicantType; }
    public void setApplicantType(ApplicantType applicantType) { this.applicantType = applicantType; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public boolean isUrgent() { return urgent; }
    public void setUrgent(boolean urgent) { this.urgent = urgent; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long officerId) { this.officerId = officerId; }
    public String getLookup() { return lookup; }
    public void setLookup(String lookup) { this.lookup = lookup; }
    public Long getRequestId() { return requestId; }
    public void setRequestId(Long requestId) { this.requestId = requestId; }
}
