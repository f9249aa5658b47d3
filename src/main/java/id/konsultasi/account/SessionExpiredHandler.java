package id.konsultasi.account;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A staff form sent after the session expired is not an attack but a tired officer: instead of a 403 page or the
 * bare login page, the login page that says the session ended ({@code /masuk?sesi}), and after signing in the page
 * the form was on, where what was typed waits in the browser (see {@code js/consultation-draft.js}). A background
 * request (htmx) gets a plain 401 so that the page can say so.
 * <p>
 * Such a form arrives without a session but, as a rule, with a valid CSRF token (the token lives in a cookie of its
 * own, see {@link SecurityConfiguration#csrfTokens()}): it is refused as anonymous, and this is its entry point
 * ({@link #STAFF_FORMS}); a form that names no session and was not sent from one of our staff pages comes from a
 * stranger and is sent to the bare login page. When the token's cookie is gone too (the browser was closed), the CSRF check fails first
 * and this handler answers the same. Every other refusal is a 403 as before.
 */
class SessionExpiredHandler implements AccessDeniedHandler, AuthenticationEntryPoint {

    /** Where Spring Security's session request cache keeps the page to return to after signing in. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /** What only a page of the staff area sends: a form or a background request, not a page asked for. */
    static final RequestMatcher STAFF_FORMS = request -> !"GET".equals(request.getMethod())
            && !"HEAD".equals(request.getMethod()) && staffPath(request);

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        boolean signedIn = trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        if (!(denied instanceof CsrfException) || signedIn || !staffPath(request)) {
            otherwise.handle(request, response, denied);
            return;
        }
        toLogin(request, response);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
            throws IOException {
        if (request.getRequestedSessionId() == null && staffPageSentFrom(request) == null) {
            // neither a session nor a staff page it was sent from: a stranger, not a tired officer; nothing to
            // come back to, no session opened
            response.sendRedirect(request.getContextPath() + "/masuk");
            return;
        }
        toLogin(request, response);
    }

    private static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.getSession(true).setAttribute(SAVED_REQUEST,
                new SimpleSavedRequest(returnTo(request, path(request))));
        response.sendRedirect(request.getContextPath() + "/masuk?sesi");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean staffPath(HttpServletRequest request) {
        return path(request).startsWith("/staf/");
    }

    /** The staff page the form was on (same origin only), else the address the form was sent to. */
    private static String returnTo(HttpServletRequest request, String path) {
        String page = staffPageSentFrom(request);
        return page != null ? page : path;
    }

    /** The staff page of this site the request was sent from (its {@code Referer}), or null. */
    private static String staffPageSentFrom(HttpServletRequest request) {
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
                // not a page of ours
            }
        }
        return null;
    }
}
