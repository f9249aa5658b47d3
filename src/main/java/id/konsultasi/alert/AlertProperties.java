package id.konsultasi.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the staff notifications ({@code konsultasi.alert.*}).
 *
 * @param digestHour the office-local hour of its working days from which the morning digest goes out and the
 *                   notices of the day's deadlines are written (default 7)
 * @param keep       how long a notification is kept (default 90 days)
 */
@ConfigurationProperties("konsultasi.alert")
public record AlertProperties(Integer digestHour, Duration keep) {

    public AlertProperties {
        digestHour = digestHour == null || digestHour < 0 || digestHour > 23 ? 7 : digestHour;
        keep = keep == null || keep.isNegative() || keep.isZero() ? Duration.ofDays(90) : keep;
    }
}
