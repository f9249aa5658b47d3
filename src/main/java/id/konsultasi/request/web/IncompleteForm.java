package id.konsultasi.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class IncompleteForm {

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 1000)
    private String reason;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
