package id.konsultasi.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated staff member: a {@link StaffPrincipal} plus what Spring Security needs to sign in. */
final class StaffUserDetails implements UserDetails, CredentialsContainer, StaffPrincipalHolder {

    @Serial
    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;
    private String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    StaffUserDetails(StaffUser user) {
        this.staff = user.toPrincipal();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isActive();
        this.passwordChangeRequired = user.isPasswordChangeRequired();
    }

    /** An administrator set the password: it is changed before anything else ({@link PasswordChangeGate}). */
    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public StaffPrincipal staff() {
        return staff;
    }

    /** For templates: {@code principal.fullName}. */
    public String getFullName() {
        return staff.fullName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return staff.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffUserDetails other && other.staff.id() == staff.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(staff.id());
    }

    @Override
    public String toString() {
        return "StaffUserDetails[" + staff.username() + "]";
    }

    static List<String> authorities(StaffPrincipal staff) {
        return staff.roles().stream().map(Role::authority).toList();
    }
}
