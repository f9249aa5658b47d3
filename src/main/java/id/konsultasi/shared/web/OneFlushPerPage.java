package id.konsultasi.shared.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page is sent when its request has finished, not flushed half-way. Thymeleaf renders a page whole and then
 * flushes the writer; with compression on, that flush makes Tomcat end a deflate block and send a chunk before the
 * rest (and makes Spring Session and Spring Security act on a response committed early), one more write to the
 * socket for nothing: the container flushes the response anyway when the request ends. The writer handed to the
 * views ignores {@code flush()}; what is written still goes out as the buffer fills. The innermost filter, so that
 * the flush ignored is the view's own.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OneFlushPerPage extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new WithoutEarlyFlush(response));
    }

    /** The response whose writer leaves the flushing to the container. */
    static final class WithoutEarlyFlush extends HttpServletResponseWrapper {

        private PrintWriter writer;

        WithoutEarlyFlush(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // the container flushes when the request has finished
                    }
                };
            }
            return writer;
        }
    }
}
