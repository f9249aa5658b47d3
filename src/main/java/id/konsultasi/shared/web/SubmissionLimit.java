package id.konsultasi.shared.web;

import java.time.Duration;

import id.konsultasi.shared.RateLimits;
import id.konsultasi.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;

/**
 * Public submissions (forms anyone may send: a request, a complaint, a survey answer, a link request) are limited
 * per client address, together: {@code konsultasi.submissions-per-hour} sent forms an hour, whichever they are.
 * Each module registers the addresses of its own public forms ({@link #limit}); past the limit the visitor gets a
 * friendly page (429). A post that only goes back to a form to change an answer (parameter {@code change}, from a
 * "check your answers" page) stores nothing and is not counted; a request costs two posts (the form, then its
 * summary's send). The count lives in PostgreSQL ({@link RateLimits}): one limit across every instance. The
 * client address is the connection's, or behind a trusted proxy the one it reports ({@link TrustedProxies}).
 */
@Component
public class SubmissionLimit implements HandlerInterceptor {

    private final RateLimits limits;
    private final int perHour;

    SubmissionLimit(RateLimits limits, @Value("${konsultasi.submissions-per-hour:20}") int perHour) {
        this.limits = limits;
        this.perHour = perHour <= 0 ? 20 : perHour;
    }

    /** Limits the forms sent (POST) to these addresses. */
    public void limit(InterceptorRegistry registry, String... pathPatterns) {
        registry.addInterceptor(this).addPathPatterns(pathPatterns);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || request.getParameter("change") != null
                || limits.tryAcquire("submission:" + request.getRemoteAddr(), perHour, Duration.ofHours(1))) {
            return true;
        }
        throw new TooManyRequestsException(request.getRemoteAddr());
    }
}
