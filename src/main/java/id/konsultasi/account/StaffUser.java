package id.konsultasi.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff of one office (a system administrator belongs to none). */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;
    private String passwordHash;
    private String fullName;
    private String position;
    private String nip;
    /** pangkat/golongan, e.g. "Pembina Utama Muda, IV/c": under the name of a signatory, above the NIP */
    @Column(name = "rank")
    private String rank;
    private String phone;
    private String email;
    private Long officeId;
    private Long divisionId;
    private boolean active = true;
    private Instant createdAt;
    /** The password was set by an administrator: its owner changes it at the next sign-in, before anything else. */
    private boolean passwordChangeRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, Long officeId, Profile profile, Set<Role> roles,
                     Instant createdAt) {
        this.username = username.toLowerCase();
        this.passwordHash = passwordHash;
        this.officeId = officeId;
        this.createdAt = createdAt;
        change(profile, roles);
    }

    /** Name, position and contacts, the division and the roles. A Kepala Bidang heads exactly one division. */
    public void change(Profile profile, Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs a role");
        }
        if (newRoles.contains(Role.KABID) && profile.divisionId() == null) {
            throw new IllegalArgumentException("a division head needs a division");
        }
        if (newRoles.contains(Role.SYSTEM_ADMIN) != (officeId == null)) {
            throw new IllegalArgumentException("system administrators, and only they, belong to no office");
        }
        this.fullName = profile.fullName();
        this.position = profile.position();
        this.nip = profile.nip();
        this.rank = profile.rank();
        this.phone = profile.phone();
        this.email = profile.email();
        this.divisionId = profile.divisionId();
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** The owner chose this password. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = false;
    }

    /** An administrator set this password: the owner must change it at the next sign-in. */
    public void setTemporaryPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = true;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public StaffPrincipal toPrincipal() {
        return new StaffPrincipal(id, username, fullName, officeId, divisionId, roles);
    }

    public Profile profile() {
        return new Profile(fullName, position, nip, rank, phone, email, divisionId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public String getNip() {
        return nip;
    }

    /** Pangkat/golongan ("Pembina Utama Muda, IV/c"), or null. */
    public String getRank() {
        return rank;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public Long getDivisionId() {
        return divisionId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** What describes a person apart from the login. */
    public record Profile(String fullName, String position, String nip, String rank, String phone, String email,
                          Long divisionId) {

        /** Someone without a rank (pangkat/golongan): not a civil servant, or not yet told. */
        public Profile(String fullName, String position, String nip, String phone, String email, Long divisionId) {
            this(fullName, position, nip, null, phone, email, divisionId);
        }
    }
}
