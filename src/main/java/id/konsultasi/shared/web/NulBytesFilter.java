package id.konsultasi.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes NUL characters (U+0000) from every parameter, of a query string or a form, text fields of uploads
 * included, before anything reads them. No one types one, PostgreSQL refuses them in text (a search, a name, a
 * note answered with an error page), and nothing of what a person typed is lost by leaving them out.
 */
@Component
@Order(NulBytesFilter.ORDER)
class NulBytesFilter extends OncePerRequestFilter {

    /** Just after {@link UploadGuardFilter}, before Spring Session and Spring Security read a parameter. */
    static final int ORDER = UploadGuardFilter.ORDER + 1;

    private static final char NUL = '\u0000';

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutNul(request), response);
    }

    static String clean(String value) {
        return value == null || value.indexOf(NUL) < 0 ? value : value.replace(String.valueOf(NUL), "");
    }

    private static final class WithoutNul extends HttpServletRequestWrapper {

        WithoutNul(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        /** Read each time (a forward may add parameters); the container's own map when there is no NUL. */
        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = super.getParameterMap();
            if (parameters.entrySet().stream().noneMatch(e -> containsNul(e.getKey(), e.getValue()))) {
                return parameters;
            }
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            parameters.forEach((name, values) -> {
                String[] copy = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    copy[i] = clean(values[i]);
                }
                cleaned.merge(clean(name), copy, (a, b) -> {
                    String[] both = new String[a.length + b.length];
                    System.arraycopy(a, 0, both, 0, a.length);
                    System.arraycopy(b, 0, both, a.length, b.length);
                    return both;
                });
            });
            return Collections.unmodifiableMap(cleaned);
        }

        private static boolean containsNul(String name, String[] values) {
            if (name.indexOf(NUL) >= 0) {
                return true;
            }
            for (String value : values) {
                if (value != null && value.indexOf(NUL) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
