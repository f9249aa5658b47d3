package id.konsultasi.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone who signed in with a password an administrator set changes it before anything else: every page but the
 * password page ({@value #PAGE}), signing out and the static files leads there. The demand is noted in the session at
 * sign-in ({@link #REQUIRED}) and removed when the password is changed.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

    /** The session attribute that says the password must be changed first. */
    public static final String REQUIRED = PasswordChangeGate.class.getName() + ".REQUIRED";
    public static final String PAGE = "/staf/kata-sandi";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(REQUIRED) != null && !allowed(path(request))) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean allowed(String path) {
        return path.equals(PAGE) || path.equals("/keluar") || path.equals("/error") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/img/");
    }
}
