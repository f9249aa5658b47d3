package id.konsultasi.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * A request for a static file is answered without its session: sessions live in PostgreSQL, and a session
 * looked up is also written back (its last access), three statements for a stylesheet. On a static file's address
 * the session cookie is not read; everywhere else the session is found by its cookie as before.
 */
final class StaticFilesWithoutSession implements HttpSessionIdResolver {

    private final HttpSessionIdResolver byCookie;

    StaticFilesWithoutSession(HttpSessionIdResolver byCookie) {
        this.byCookie = byCookie;
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return StaticFiles.isStatic(path) ? List.of() : byCookie.resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        byCookie.setSessionId(request, response, sessionId);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        byCookie.expireSession(request, response);
    }
}
