package id.konsultasi.intake.web;

import id.konsultasi.shared.web.SubmissionLimit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The intake's public forms count against the per-address submission limit ({@link SubmissionLimit}). */
@Configuration(proxyBeanMethods = false)
class SubmissionRateLimit implements WebMvcConfigurer {

    private final SubmissionLimit limit;

    SubmissionRateLimit(SubmissionLimit limit) {
        this.limit = limit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        limit.limit(registry, "/kantor/*/ajukan", "/lacak", "/lacak/*/dokumen", "/lacak/*/batal");
    }
}
