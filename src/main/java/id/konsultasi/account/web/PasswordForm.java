package id.konsultasi.account.web;

import jakarta.validation.constraints.NotBlank;

class PasswordForm {

    @NotBlank
    private String password;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
