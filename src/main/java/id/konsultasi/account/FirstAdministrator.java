package id.konsultasi.account;

import java.util.EnumSet;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On a new installation nobody can sign in yet. When {@code KONSULTASI_BOOTSTRAP_ADMIN_PASSWORD} is
 * set and no system administrator exists, this creates one ({@code KONSULTASI_BOOTSTRAP_ADMIN_USERNAME},
 * default {@code admin}). Once an administrator exists, the setting does nothing.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final StaffPrincipal INSTALLER = new StaffPrincipal(0, "installer", "installer", null, null,
            EnumSet.of(Role.SYSTEM_ADMIN));

    private final BootstrapProperties properties;
    private final StaffUsers users;
    private final UserAdministration administration;

    FirstAdministrator(BootstrapProperties properties, StaffUsers users, UserAdministration administration) {
        this.properties = properties;
        this.users = users;
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.adminPassword() == null || properties.adminPassword().isBlank()
                || users.countWithRole(Role.SYSTEM_ADMIN) > 0) {
            return;
        }
        administration.create(INSTALLER, null, properties.adminUsername(), properties.adminPassword(),
                new StaffUser.Profile("Administrator Sistem", "Administrator Sistem", null, null, null, null),
                EnumSet.of(Role.SYSTEM_ADMIN));
        log.info("Created the first system administrator '{}'", properties.adminUsername());
    }

    @ConfigurationProperties("konsultasi.bootstrap")
    record BootstrapProperties(String adminUsername, String adminPassword) {

        BootstrapProperties {
            adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
        }
    }
}
