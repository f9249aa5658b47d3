package id.konsultasi.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart upload before any other filter does, so that one too large or malformed to parse is
 * answered with the 413 or 400 page in the layout instead of failing deep in another filter.
 * <p>
 * Parsing decodes every text field once and for all, in the request's character encoding. So it runs just
 * after Spring Boot's {@code CharacterEncodingFilter} (order {@link Ordered#HIGHEST_PRECEDENCE}) has set
 * UTF-8, and sets UTF-8 itself should that filter be switched off: browsers send a form in the page's
 * encoding (UTF-8) without saying so, and Tomcat would otherwise read it as ISO-8859-1 ("é" became "Ã©").
 */
@Component
@Order(UploadGuardFilter.ORDER)
class UploadGuardFilter extends OncePerRequestFilter {

    /** After the character encoding filter, before everything else (Spring Session, Spring Security). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equalsIgnoreCase(request.getMethod()) && type != null
                && type.toLowerCase().startsWith("multipart/")) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            try {
                request.getParameterMap();
            } catch (RuntimeException e) {
                response.sendError(tooLarge(e) ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("MaxUploadSizeExceeded")) {
                return true;
            }
        }
        return false;
    }
}
