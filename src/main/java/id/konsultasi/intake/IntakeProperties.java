package id.konsultasi.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public intake ({@code konsultasi.intake.*}).
 *
 * @param maxFileSize        the largest file a citizen may attach
 * @param submissionsPerHour submissions (and link requests) per client address per hour
 */
@ConfigurationProperties("konsultasi.intake")
public record IntakeProperties(DataSize maxFileSize, int submissionsPerHour) {

    public IntakeProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        submissionsPerHour = submissionsPerHour <= 0 ? 10 : submissionsPerHour;
    }
}
