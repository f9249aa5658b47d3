package id.konsultasi.desk;

import java.time.Duration;

import id.konsultasi.shared.upload.UploadRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the duty desk ({@code konsultasi.desk.*}).
 *
 * @param maxScanSize  the largest scanned letter the secretariat may attach (a letter of several pages)
 * @param boardRefresh how often an open waiting board refreshes itself
 */
@ConfigurationProperties("konsultasi.desk")
public record DeskProperties(DataSize maxScanSize, Duration boardRefresh) {

    public DeskProperties {
        maxScanSize = maxScanSize == null ? DataSize.ofMegabytes(10) : maxScanSize;
        boardRefresh = boardRefresh == null || boardRefresh.getSeconds() < 5 ? Duration.ofSeconds(15) : boardRefresh;
    }

    /** The rules of a letter's scan: {@code letter.scan.*} messages. */
    public UploadRules scanRules() {
        return new UploadRules(maxScanSize, "letter.scan");
    }
}
