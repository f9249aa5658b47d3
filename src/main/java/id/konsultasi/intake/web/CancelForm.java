package id.konsultasi.intake.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

class CancelForm {

    @Size(max = 1000)
    private String reason;
    @AssertTrue(message = "{tracking.cancel.confirmRequired}")
    private boolean confirm;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isConfirm() { return confirm; }
    public void setConfirm(boolean confirm) { this.confirm = confirm; }
}
