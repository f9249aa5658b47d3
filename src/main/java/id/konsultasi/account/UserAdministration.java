package id.konsultasi.account;

import java.time.Clock;
import java.util.Set;

import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Versions;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office administrators manage the users of their own office; the system administrator manages
 * everyone. A user of another office is simply not found.
 */
@Service
@Transactional
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffUsers users;
    private final Offices offices;
    private final Divisions divisions;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAdministration(StaffUsers users, Offices offices, Divisions divisions, PasswordEncoder passwordEncoder,
                       Clock clock) {
        this.users = users;
        this.offices = offices;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<StaffUser> search(StaffPrincipal actor, Long officeFilter, String query, Pageable pageable) {
        Long officeId = actor.isSystemAdmin() ? officeFilter : Long.valueOf(actor.requireOffice());
        return users.search(officeId, query == null ? "" : query.trim(), pageable);
    }

    /** The user if the actor may manage them; a 404 otherwise. */
    @Transactional(readOnly = true)
    public StaffUser require(StaffPrincipal actor, long userId) {
        if (actor.isSystemAdmin()) {
            return users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        }
        return users.findByIdAndOfficeId(userId, actor.requireOffice())
                .orElseThrow(() -> new NotFoundException("user " + userId));
    }

    public StaffUser create(StaffPrincipal actor, Long officeId, String username, String password,
                            StaffUser.Profile profile, Set<Role> roles) {
        Long office = actor.isSystemAdmin() ? officeId : Long.valueOf(actor.requireOffice());
        checkAssignment(actor, office, profile, roles);
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new InputRejected("username", "user.username.taken");
        }
        checkPassword(password);
        return users.save(new StaffUser(username, passwordEncoder.encode(password), office, profile, roles,
                clock.instant()));
    }

    public void change(StaffPrincipal actor, long userId, Long version, StaffUser.Profile profile, Set<Role> roles) {
        StaffUser user = require(actor, userId);
        Versions.check(user.getVersion(), version);
        checkAssignment(actor, user.getOfficeId(), profile, roles);
        if (user.getId() == actor.id() && !roles.containsAll(adminRoles(user))) {
            throw new InputRejected("roles", "user.roles.ownAdmin");
        }
        user.change(profile, roles);
    }

    public void setActive(StaffPrincipal actor, long userId, boolean active) {
        StaffUser user = require(actor, userId);
        if (user.getId() == actor.id() && !active) {
            throw new AccessDeniedException("nobody deactivates their own account");
        }
        user.setActive(active);
    }

    public void resetPassword(StaffPrincipal actor, long userId, String newPassword) {
        StaffUser user = require(actor, userId);
        checkPassword(newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InputRejected("password", "user.password.tooShort");
        }
    }

    private void checkAssignment(StaffPrincipal actor, Long officeId, StaffUser.Profile profile, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InputRejected("roles", "user.roles.empty");
        }
        if (roles.contains(Role.SYSTEM_ADMIN)) {
            if (!actor.isSystemAdmin()) {
                throw new AccessDeniedException("only a system administrator makes system administrators");
            }
            if (officeId != null || roles.size() > 1) {
                throw new InputRejected("roles", "user.roles.systemAdminAlone");
            }
            return;
        }
        if (officeId == null) {
            throw new InputRejected("officeId", "user.office.required");
        }
        offices.require(officeId);
        if (profile.divisionId() != null && divisions.findByIdAndOfficeId(profile.divisionId(), officeId).isEmpty()) {
            throw new InputRejected("divisionId", "user.division.invalid");
        }
        if (roles.contains(Role.KABID) && profile.divisionId() == null) {
            throw new InputRejected("divisionId", "user.division.requiredForKabid");
        }
    }

    private static Set<Role> adminRoles(StaffUser user) {
        return user.getRoles().stream().filter(r -> r == Role.OFFICE_ADMIN || r == Role.SYSTEM_ADMIN)
                .collect(java.util.stream.Collectors.toSet());
    }
}
