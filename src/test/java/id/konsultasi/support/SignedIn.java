package id.konsultasi.support;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.security.StaffPrincipalHolder;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a MockMvc request of a {@link WebSlice} test in as a staff member who exists only in the test: the
 * principal a controller receives ({@link StaffPrincipal}) with the authorities of its roles, as the login gives
 * them. ({@link Staff} signs in the demo users of an {@link IntegrationTest}.)
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** A staff member of the given office (null: of none, as a system administrator) with these roles. */
    public static StaffPrincipal staff(Long officeId, Role... roles) {
        return new StaffPrincipal(41, "uji", "Petugas Uji", officeId, null, Set.of(roles));
    }

    public static RequestPostProcessor as(StaffPrincipal staff) {
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                new Holder(staff), null,
                staff.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList()));
    }

    /** What the login puts in the session: a principal that holds the staff member. */
    private record Holder(StaffPrincipal staff) implements StaffPrincipalHolder, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        /** For the layout: {@code principal.fullName}. */
        public String getFullName() {
            return staff.fullName();
        }
    }
}
