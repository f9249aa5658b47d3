package id.konsultasi.feedback.web;

import id.konsultasi.shared.web.SubmissionLimit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Public complaints and survey answers count against the per-address submission limit ({@link SubmissionLimit}). */
@Configuration(proxyBeanMethods = false)
class FeedbackSubmissionLimit implements WebMvcConfigurer {

    private final SubmissionLimit limit;

    FeedbackSubmissionLimit(SubmissionLimit limit) {
        this.limit = limit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        limit.limit(registry, "/kantor/*/pengaduan", "/lacak/*/pengaduan", "/lacak/*/survei");
    }
}
