package id.konsultasi.operations;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Tomcat's access log, written to the application's log (logger {@code konsultasi.access}, so in JSON too when
 * structured logging is on), and the correlation id of every request.
 * <p>
 * The correlation id is the request's {@code X-Request-Id} when the header is trusted (a proxy in front sets it,
 * {@code konsultasi.logging.trust-request-id}) and well formed, else a new random one; it is in the MDC as
 * {@code requestId} for every line logged while the request is served (and for its access-log line), and in the
 * response's {@code X-Request-Id} header, so that a user's report of an error page can be found in the log.
 * <p>
 * A line holds the method, the path, the status, the bytes sent and the time taken: never the query string (a
 * search holds names), never the client's address, and a tracking link's secret token is written
 * {@code {token}}.
 */
class AccessLog extends AbstractAccessLogValve {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = AccessLog.class.getName() + ".id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** The token of a tracking link: {@code /lacak/<token>...} and {@code /lacak/pengaduan/<token>...}. */
    private static final Pattern TOKEN = Pattern.compile("^/lacak/(pengaduan/(?=[^/]))?[^/]+");
    private static final Logger log = LoggerFactory.getLogger("konsultasi.access");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean trustHeader;
    private final boolean writeLines;

    AccessLog(boolean trustHeader, boolean writeLines) {
        this.trustHeader = trustHeader;
        this.writeLines = writeLines;
        setAsyncSupported(true);
        setPattern("%m %U %s %b %{ms}T");
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String id = trustHeader ? request.getHeader(HEADER) : null;
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            id = HexFormat.of().formatHex(random);
        }
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            getNext().invoke(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    public void log(Request request, Response response, long time) {
        if (!writeLines || !log.isInfoEnabled()) {
            return;
        }
        Object id = request.getAttribute(ATTRIBUTE);
        if (id != null) {
            MDC.put(MDC_KEY, id.toString());
        }
        try {
            super.log(request, response, time);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected void log(CharArrayWriter message) {
        log.info(message.toString());
    }

    @Override
    protected AccessLogElement createAccessLogElement(char pattern) {
        if (pattern == 'U') {
            return new AccessLogElement() {
                @Override
                public void addElement(CharArrayWriter buf, Request request, Response response, long time) {
                    escapeAndAppend(path(request.getRequestURI()), buf);
                }
            };
        }
        return super.createAccessLogElement(pattern);
    }

    /** The path as logged: without path parameters, a tracking token replaced, at most 200 characters. */
    static String path(String uri) {
        if (uri == null) {
            return "-";
        }
        int parameters = uri.indexOf(';');
        String path = parameters >= 0 ? uri.substring(0, parameters) : uri;
        path = TOKEN.matcher(path).replaceFirst("/lacak/$1{token}");
        return path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
