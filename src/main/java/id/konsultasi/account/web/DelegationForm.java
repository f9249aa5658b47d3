package id.konsultasi.account.web;

import java.time.LocalDate;
import java.util.UUID;

import id.konsultasi.account.DelegationAdministration;
import id.konsultasi.account.DelegationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The head names an acting official for a range of days. */
class DelegationForm {

    @NotBlank
    @Size(max = 64)
    private String formKey;
    @NotNull
    private Long deputyId;
    @NotNull
    private DelegationKind kind = DelegationKind.PLH;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Size(max = 500)
    private String reason;

    static DelegationForm fresh(LocalDate today) {
        DelegationForm form = new DelegationForm();
        form.formKey = UUID.randomUUID().toString();
        form.startsOn = today;
        form.endsOn = today;
        return form;
    }

    DelegationAdministration.NewDelegation toDelegation() {
        return new DelegationAdministration.NewDelegation(deputyId, kind, startsOn, endsOn, reason, formKey);
    }

    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public Long getDeputyId() { return deputyId; }
    public void setDeputyId(Long deputyId) { this.deputyId = deputyId; }
    public DelegationKind getKind() { return kind; }
    public void setKind(DelegationKind kind) { this.kind = kind; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
