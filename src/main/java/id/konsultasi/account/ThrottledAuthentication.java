package id.konsultasi.account;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the login form behind the {@link LoginThrottle}: an account name or address that must wait is
 * refused before its password is looked at (the right one too), every failure is counted, a success clears the
 * account's count. A password longer than BCrypt reads is simply a wrong one. The login page says what happened:
 * {@code /masuk?gagal} for a wrong name or password, {@code /masuk?tunggu=<seconds>} (and {@code &terkunci} when
 * locked) when attempts must wait; the same for names that do not exist.
 */
final class ThrottledAuthentication implements AuthenticationProvider, AuthenticationFailureHandler {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** An attempt refused because the account name or the address must wait. */
    static final class MustWait extends AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient LoginThrottle.Wait wait;

        MustWait(LoginThrottle.Wait wait) {
            super("too many failed sign-ins; wait " + wait.remaining());
            this.wait = wait;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<LoginThrottle.Wait> waiting = throttle.waiting(username, address);
        if (waiting.isPresent()) {
            throw new MustWait(waiting.get());
        }
        try {
            Object credentials = authentication.getCredentials();
            if (credentials == null
                    || credentials.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
                throw new BadCredentialsException("no password, or longer than any password can be");
            }
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (AuthenticationException failed) {
            Optional<LoginThrottle.Wait> locked = throttle.failed(username, address);
            if (locked.isPresent()) {
                throw new MustWait(locked.get());
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String page = request.getContextPath() + "/masuk";
        if (exception instanceof MustWait mustWait) {
            long seconds = Math.max(1, (mustWait.wait.remaining().toMillis() + 999) / 1000);
            response.sendRedirect(page + "?tunggu=" + seconds + (mustWait.wait.locked() ? "&terkunci" : ""));
        } else {
            response.sendRedirect(page + "?gagal");
        }
    }
}
