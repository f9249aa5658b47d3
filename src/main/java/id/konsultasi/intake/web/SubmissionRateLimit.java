package id.konsultasi.intake.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import id.konsultasi.intake.IntakeProperties;
import id.konsultasi.shared.TooManyRequestsException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Public submissions (the request form, link requests, uploads, cancellations, complaints, survey
 * answers) are limited per client address; past the limit the visitor gets a friendly page (429).
 * Buckets live in memory, per instance; the client address is the one the proxy reports
 * ({@code X-Forwarded-For}).
 */
@Configuration(proxyBeanMethods = false)
class SubmissionRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private static final int MAX_CLIENTS = 10_000;

    private final IntakeProperties properties;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    SubmissionRateLimit(IntakeProperties properties) {
        this.properties = properties;
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
        if (bucketOf(request.getRemoteAddr()).tryConsume(1)) {
            return true;
        }
        throw new TooManyRequestsException(request.getRemoteAddr());
    }

    private Bucket bucketOf(String client) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(properties.submissionsPerHour())
                            .refillGreedy(properties.submissionsPerHour(), Duration.ofHours(1)).build())
                    .build());
        }
    }
}
