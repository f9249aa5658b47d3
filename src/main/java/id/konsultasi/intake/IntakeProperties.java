package id.konsultasi.intake;

import id.konsultasi.shared.upload.UploadRules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public intake ({@code konsultasi.intake.*}).
 *
 * @param maxFileSize           the largest file a citizen may attach
 * @param linksPerReceiptPerDay how often one receipt number's tracking link is mailed again per day
 */
@ConfigurationProperties("konsultasi.intake")
public record IntakeProperties(DataSize maxFileSize, int linksPerReceiptPerDay) {

    public IntakeProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        linksPerReceiptPerDay = linksPerReceiptPerDay <= 0 ? 3 : linksPerReceiptPerDay;
    }

    /** The rules of a citizen's files (the request form's, one that completes a request): {@code intake.file.*}. */
    public UploadRules fileRules() {
        return new UploadRules(maxFileSize, "intake.file");
    }
}
