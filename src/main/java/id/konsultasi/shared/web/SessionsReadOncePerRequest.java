package id.konsultasi.shared.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's filter, which reads a request's session from PostgreSQL once. Spring Session saves the session
 * when the page is flushed (so that the browser's next request finds it) and again when the request has finished;
 * the second time it asks the store again for the session the cookie names, a second
 * {@code SELECT ... FROM spring_session} for every page the view flushed, and every Thymeleaf page is flushed. Here
 * the store remembers, for the request's duration, the sessions it read and saved on the request's thread, and
 * answers the second question from them.
 */
final class SessionsReadOncePerRequest<S extends Session> extends SessionRepositoryFilter<S> {

    private final Remembering<S> sessions;

    SessionsReadOncePerRequest(SessionRepository<S> store) {
        this(new Remembering<>(store));
    }

    private SessionsReadOncePerRequest(Remembering<S> sessions) {
        super(sessions);
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, S> outer = sessions.seen.get();
        sessions.seen.set(new HashMap<>());
        try {
            super.doFilterInternal(request, response, chain);
        } finally {
            if (outer == null) {
                sessions.seen.remove();
            } else {
                sessions.seen.set(outer);
            }
        }
    }

    /** The session store, remembering on each request's thread the sessions it read or saved for that request. */
    static final class Remembering<S extends Session> implements SessionRepository<S> {

        private final SessionRepository<S> store;
        private final ThreadLocal<Map<String, S>> seen = new ThreadLocal<>();

        Remembering(SessionRepository<S> store) {
            this.store = store;
        }

        @Override
        public S createSession() {
            return store.createSession();
        }

        @Override
        public void save(S session) {
            store.save(session);
            remember(session.getId(), session);
        }

        @Override
        public S findById(String id) {
            Map<String, S> known = seen.get();
            S session = known == null ? null : known.get(id);
            // a session whose id changed since (at sign-in) is not the one this id names any more
            if (session != null && session.getId().equals(id) && !session.isExpired()) {
                return session;
            }
            session = store.findById(id);
            if (session != null) {
                remember(id, session);
            }
            return session;
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
            Map<String, S> known = seen.get();
            if (known != null) {
                known.remove(id);
            }
        }

        private void remember(String id, S session) {
            Map<String, S> known = seen.get();
            if (known != null) {
                known.put(id, session);
            }
        }
    }
}
