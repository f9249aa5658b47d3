package id.konsultasi.intake.web;

import java.time.Duration;

import id.konsultasi.intake.IntakeProperties;
import id.konsultasi.shared.RateLimits;
import id.konsultasi.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Public submissions (the request form, link requests, uploads, cancellations, complaints, survey
 * answers) are limited per client address; past the limit the visitor gets a friendly page (429).
 * The count lives in PostgreSQL ({@link RateLimits}): one limit across every instance. The client address is the
 * connection's, or behind a trusted proxy the one it reports ({@code shared.web.TrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final IntakeProperties properties;
    private final RateLimits limits;

    SubmissionRateLimit(IntakeProperties properties, RateLimits limits) {
        this.properties = properties;
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/kantor/*/ajukan", "/lacak", "/lacak/*/dokumen",
                "/lacak/*/batal",
                // feedback: public complaints and the survey of a closed consultation
                "/kantor/*/pengaduan", "/lacak/*/pengaduan", "/lacak/*/survei");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return true;
        }
        if (limits.tryAcquire("submission:" + request.getRemoteAddr(), properties.submissionsPerHour(),
                Duration.ofHours(1))) {
            return true;
        }
        throw new TooManyRequestsException(request.getRemoteAddr());
    }
}
