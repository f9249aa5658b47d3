package id.konsultasi.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers every request with the number of SQL statements it ran, in the header {@value #HEADER}. A response
 * sent before the request has finished (a page larger than the server's buffer, a redirect) cannot carry a
 * header any more, and statements may still follow it (Spring Session saves the session when the response is
 * committed): such a response gets no header, unless the request itself carries {@value #HEADER}; then the
 * response is held back until the request has finished, and the header counts everything. The load generator
 * never sends it, so the pages it measures are sent as in production.
 */
class StatementCountFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Bench-Statements";

    private static final Logger LOG = LoggerFactory.getLogger(StatementCountFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeldBack held = request.getHeader(HEADER) == null ? null : new HeldBack(response);
        int statements;
        List<String> sql = held == null ? null : new ArrayList<>();
        try {
            statements = StatementCounter.count(() -> chain.doFilter(request, held == null ? response : held), sql);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, String.valueOf(statements));
        }
        if (held != null) {
            // the counting view (the benchmark's, never wrk's) says which statements it counted, in the log
            LOG.info("{} statements of {} {}: {}", statements, request.getMethod(), request.getRequestURI()
                    .replaceAll("/lacak/[^/]+", "/lacak/<token>"), sql);
            held.copyBodyToResponse();
        }
    }

    /** Holds the whole response, redirects included, until the request has finished. */
    static final class HeldBack extends ContentCachingResponseWrapper {

        HeldBack(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, int status) {
            sendRedirect(location, status, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) {
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            setHeader("Location", location);
        }
    }
}
