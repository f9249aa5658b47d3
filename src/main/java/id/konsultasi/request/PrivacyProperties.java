package id.konsultasi.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Personal data (UU 27/2022): {@code konsultasi.privacy.retention-days} is how long the NIK and the
 * scans of a finished request are kept before they are deleted (default two years).
 */
@ConfigurationProperties("konsultasi.privacy")
public record PrivacyProperties(int retentionDays) {

    public PrivacyProperties {
        retentionDays = retentionDays <= 0 ? 730 : retentionDays;
    }
}
