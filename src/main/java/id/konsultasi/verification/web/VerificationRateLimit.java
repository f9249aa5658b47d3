package id.konsultasi.verification.web;

import java.time.Duration;

import id.konsultasi.shared.RateLimits;
import id.konsultasi.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The verification pages are limited per client address: {@code konsultasi.verification.checks-per-hour} look-ups
 * and uploads together an hour (default 60), counted in PostgreSQL like the submission limit, so that nobody tries
 * codes in bulk; past it the visitor gets the friendly 429 page.
 */
@Configuration(proxyBeanMethods = false)
class VerificationRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final RateLimits limits;
    private final int perHour;

    VerificationRateLimit(RateLimits limits, @Value("${konsultasi.verification.checks-per-hour:60}") int perHour) {
        this.limits = limits;
        this.perHour = perHour <= 0 ? 60 : perHour;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/verifikasi/*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (limits.tryAcquire("verification:" + request.getRemoteAddr(), perHour, Duration.ofHours(1))) {
            return true;
        }
        throw new TooManyRequestsException(request.getRemoteAddr());
    }
}
