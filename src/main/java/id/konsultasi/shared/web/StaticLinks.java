package id.konsultasi.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Gives the links of a page to static files their versioned address ({@code @{/css/app.css}} becomes
 * {@code /css/app-<md5>.css}): Thymeleaf passes every link through {@code encodeURL}. A link to a page is
 * returned as it is, without a look; a link into {@link StaticFiles#PREFIXES} is resolved once (a file found or
 * not) and remembered, so that no page waits for the classpath lookups (and their locks) after the first.
 */
final class StaticLinks implements Filter {

    /** Links are written in templates, not by visitors; the bound only guards against a template that would. */
    static final int REMEMBERED = 1_000;

    private final UnaryOperator<String> resolver;
    private final Map<String, String> versioned = new ConcurrentHashMap<>();

    /** @param resolver a static file's path to its versioned path, {@code null} when there is no such file */
    StaticLinks(UnaryOperator<String> resolver) {
        this.resolver = resolver;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contextPath = ((HttpServletRequest) request).getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(link(contextPath, url));
            }
        });
    }

    String link(String contextPath, String url) {
        if (!url.startsWith(contextPath) || !StaticFiles.isStatic(url.substring(contextPath.length()))) {
            return url;
        }
        String path = url.substring(contextPath.length());
        String resolved = versioned.size() < REMEMBERED ? versioned.computeIfAbsent(path, this::resolve) : resolve(path);
        return contextPath + resolved;
    }

    private String resolve(String path) {
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String file = resolver.apply(path.substring(0, end));
        return (file != null ? file : path.substring(0, end)) + path.substring(end);
    }
}
