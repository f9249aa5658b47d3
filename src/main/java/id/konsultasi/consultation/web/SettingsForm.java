package id.konsultasi.consultation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The office's report deadline, as its administrator edits it. */
class SettingsForm {

    private Long version;
    @NotNull
    @Min(1)
    @Max(30)
    private Integer reportWorkingDays;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getReportWorkingDays() {
        return reportWorkingDays;
    }

    public void setReportWorkingDays(Integer reportWorkingDays) {
        this.reportWorkingDays = reportWorkingDays;
    }
}
