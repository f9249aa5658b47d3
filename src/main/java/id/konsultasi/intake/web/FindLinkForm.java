package id.konsultasi.intake.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class FindLinkForm {

    @NotBlank
    @Size(max = 60)
    private String receiptNumber;
    @NotBlank
    @Email
    @Size(max = 200)
    private String email;

    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
