package id.konsultasi.feedback.web;

import java.time.LocalDateTime;

import id.konsultasi.feedback.ComplaintSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A complaint that reached the office elsewhere, recorded by the secretariat or the administrator. */
class RecordComplaintForm extends ComplaintForm {

    @NotNull
    private ComplaintSource source;
    @Size(max = 40)
    @Pattern(regexp = "^$|^[A-Za-z0-9#/.\\-]{3,40}$", message = "{complaint.laporNumber.invalid}")
    private String laporNumber;
    /** when it arrived, in the office's time; empty = now */
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime receivedAt;
    @Size(max = 60)
    private String requestReceiptNumber;

    @Override
    void validate(Errors errors) {
        super.validate(errors);
        if (source != null && !ComplaintSource.recordedByStaff().contains(source)) {
            errors.rejectValue("source", "complaint.source.invalid");
        }
        if (source == ComplaintSource.LAPOR && blank(laporNumber) && !errors.hasFieldErrors("laporNumber")) {
            errors.rejectValue("laporNumber", "complaint.laporNumber.required");
        }
    }

    public ComplaintSource getSource() { return source; }
    public void setSource(ComplaintSource source) { this.source = source; }
    public String getLaporNumber() { return laporNumber; }
    public void setLaporNumber(String laporNumber) { this.laporNumber = laporNumber; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public void setReceivedAt(LocalDateTime receivedAt) { this.receivedAt = receivedAt; }
    public String getRequestReceiptNumber() { return requestReceiptNumber; }
    public void setRequestReceiptNumber(String number) { this.requestReceiptNumber = number; }
}
