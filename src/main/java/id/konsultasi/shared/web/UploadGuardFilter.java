package id.konsultasi.shared.web;

import java.io.IOException;

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
 * Reads a multipart upload before anything else does, so that one too large or malformed to parse is
 * answered with the 413 or 400 page in the layout instead of failing deep in another filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadGuardFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equalsIgnoreCase(request.getMethod()) && type != null
                && type.toLowerCase().startsWith("multipart/")) {
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
