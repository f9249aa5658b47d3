package id.konsultasi.account;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A staff form sent after the session expired fails its CSRF check (the token lived in the session). That
 * is not an attack but a tired officer: instead of a 403 page, the login page, and after signing in the
 * page the form was on, where what was typed waits in the browser (see {@code js/consultation-draft.js}).
 * A background request (htmx) gets a plain 401 so that the page can say so. Everything else is a 403 as before.
 */
class SessionExpiredHandler implements AccessDeniedHandler {

    /** Where Spring Security's session request cache keeps the page to return to after signing in. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signedIn = trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        if (!(denied instanceof CsrfException) || signedIn || !path.startsWith("/staf/")) {
            otherwise.handle(request, response, denied);
            return;
        }
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.getSession(true).setAttribute(SAVED_REQUEST,
                new SimpleSavedRequest(returnTo(request, path)));
        response.sendRedirect(request.getContextPath() + "/masuk?sesi");
    }

    /** The staff page the form was on (same origin only), else the address the form was sent to. */
    private static String returnTo(HttpServletRequest request, String path) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String staffPages = request.getContextPath() + "/staf/";
                boolean sameOrigin = request.getServerName().equalsIgnoreCase(uri.getHost())
                        && request.getScheme().equalsIgnoreCase(uri.getScheme())
                        && request.getServerPort() == (uri.getPort() != -1 ? uri.getPort()
                        : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
                if (sameOrigin && uri.getRawPath() != null && uri.getRawPath().startsWith(staffPages)) {
                    return uri.getRawPath().substring(request.getContextPath().length())
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException malformed) {
                // fall back to the form's own address
            }
        }
        return path;
    }
}
