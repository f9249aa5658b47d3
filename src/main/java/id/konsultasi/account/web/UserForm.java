package id.konsultasi.account.web;

import java.util.EnumSet;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.shared.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff member as an administrator edits them. The password is asked only when creating. */
class UserForm {

    private Long version;
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.invalid}")
    private String username;
    private String password;
    private Long officeId;
    @NotBlank
    @Size(max = 200)
    private String fullName;
    @Size(max = 200)
    private String position;
    @Pattern(regexp = "^$|^[0-9 ]{8,30}$", message = "{user.nip.invalid}")
    private String nip;
    @Size(max = 100, message = "{user.rank.tooLong}")
    private String rank;
    @Size(max = 30)
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    private Long divisionId;
    @NotEmpty
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    static UserForm of(StaffUser user) {
        UserForm f = new UserForm();
        f.version = user.getVersion();
        f.username = user.getUsername();
        f.officeId = user.getOfficeId();
        f.fullName = user.getFullName();
        f.position = user.getPosition();
        f.nip = user.getNip();
        f.rank = user.getRank();
        f.phone = user.getPhone();
        f.email = user.getEmail();
        f.divisionId = user.getDivisionId();
        f.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return f;
    }

    StaffUser.Profile toProfile() {
        return new StaffUser.Profile(fullName.trim(), blank(position), blank(nip), blank(rank), blank(phone),
                blank(email), divisionId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getOfficeId() { return officeId; }
    public void setOfficeId(Long officeId) { this.officeId = officeId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getRank() { return rank; }
    public void setRank(String rank) { this.rank = rank; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getDivisionId() { return divisionId; }
    public void setDivisionId(Long divisionId) { this.divisionId = divisionId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
}
