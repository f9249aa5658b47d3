package id.konsultasi.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a (demo) staff member, as the login would. */
public final class Staff {

    private Staff() {
    }

    /** The principal a controller would receive, for calling services directly. */
    public static id.konsultasi.shared.security.StaffPrincipal principal(UserDetailsService users, String username) {
        return ((id.konsultasi.shared.security.StaffPrincipalHolder) users.loadUserByUsername(username)).staff();
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }
}
