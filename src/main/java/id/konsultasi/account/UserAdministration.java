package id.konsultasi.account;

import java.nio.charset.StandardCharsets;
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

    private final StaffUsers users;
    private final Offices offices;
    private final Divisions divisions;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwords;
    private final Clock clock;

    UserAdministration(StaffUsers users, Offices offices, Divisions divisions, PasswordEncoder passwordEncoder,
                       PasswordPolicy passwords, Clock clock) {
        this.users = users;
        this.offices = offices;
        this.divisions = divisions;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
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
        passwords.check(password, username, profile.fullName(), "password");
        StaffUser user = new StaffUser(username, passwordEncoder.encode(password), office, profile, roles,
                clock.instant());
        if (byAnAdministrator(actor)) {
            user.setTemporaryPassword(user.getPasswordHash());
        }
        return users.save(user);
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
        if (!active) {
            AccountAccess.requireNotThemselves(actor, user);
        }
        user.setActive(active);
    }

    /** An administrator sets a new password; its owner changes it at the next sign-in. */
    public void resetPassword(StaffPrincipal actor, long userId, String newPassword) {
        StaffUser user = require(actor, userId);
        passwords.check(newPassword, user.getUsername(), user.getFullName(), "password");
        String hash = passwordEncoder.encode(newPassword);
        if (byAnAdministrator(actor) && user.getId() != actor.id()) {
            user.setTemporaryPassword(hash);
        } else {
            user.changePassword(hash);
        }
    }

    /**
     * Staff change their own password: the current one, then a new one that follows the policy and differs from
     * it. Clears the demand to change a password an administrator set.
     */
    public void changeOwnPassword(StaffPrincipal actor, String currentPassword, String newPassword) {
        StaffUser user = users.findById(actor.id()).orElseThrow(() -> new NotFoundException("user " + actor.id()));
        if (currentPassword == null || currentPassword.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InputRejected("currentPassword", "password.current.wrong");
        }
        passwords.check(newPassword, user.getUsername(), user.getFullName(), "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new InputRejected("newPassword", "password.new.same");
        }
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * A password set by a signed-in administrator (not by the application itself: the demo data, the first system
     * administrator from the environment) is one its owner must replace.
     */
    private static boolean byAnAdministrator(StaffPrincipal actor) {
        return actor.id() > 0;
    }

    private void checkAssignment(StaffPrincipal actor, Long officeId, StaffUser.Profile profile, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InputRejected("roles", "user.roles.empty");
        }
        if (roles.contains(Role.SYSTEM_ADMIN)) {
            AccountAccess.requireMayMakeSystemAdministrators(actor);
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
