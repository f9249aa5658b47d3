package id.konsultasi.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Staff change their own password: the current one, and the new one twice. */
class OwnPasswordForm {

    @NotBlank
    @Size(max = 1000)
    private String currentPassword;
    @NotBlank
    @Size(max = 1000)
    private String newPassword;
    @NotBlank
    @Size(max = 1000)
    private String repeatPassword;

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
