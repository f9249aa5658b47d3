package id.konsultasi.shared.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No database connection for a filter (Spring Session reads a signed-in officer's session before any controller):
 * the same 503 page as {@link ErrorAdvice} gives a controller ("temporarily unavailable, nothing was lost"), not the
 * 500 page, rendered as for a visitor (the session is not looked up again); the session itself is kept.
 */
@Component
@Order(NulBytesFilter.ORDER + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final String RENDERING = DatabaseUnavailableFilter.class.getName() + ".rendering";

    private final String sessionCookie;

    DatabaseUnavailableFilter(@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /** Also on the error page's own dispatch, to render it without the session. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the 503 page of this filter is rendered as for a visitor: its session would be looked up in the
            // database that failed (the session and its cookie stay for when the database is back)
            chain.doFilter(request.getAttribute(RENDERING) == null ? request : new WithoutSessionCookie(request), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = e instanceof ServletException && e.getCause() != null ? e.getCause() : e;
            if (response.isCommitted() || !(cause instanceof DataAccessException || cause instanceof TransactionException)
                    || !ErrorAdvice.noConnection(cause)) {
                throw e;
            }
            boolean unreachable = ErrorAdvice.databaseUnreachable(cause);
            log.warn(unreachable ? "the database cannot be reached: {}" : "no database connection free: {}",
                    cause.getMessage());
            request.setAttribute("unavailable", unreachable);
            request.setAttribute(RENDERING, Boolean.TRUE);
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private final class WithoutSessionCookie extends HttpServletRequestWrapper {

        WithoutSessionCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(c -> !sessionCookie.equals(c.getName())).toArray(Cookie[]::new);
        }
    }
}
