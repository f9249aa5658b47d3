package id.konsultasi.feedback.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The office's complaint deadline. */
class ComplaintSettingsForm {

    @NotNull
    private Long version;
    @NotNull
    @Min(1)
    @Max(60)
    private Integer answerWorkingDays;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Integer getAnswerWorkingDays() { return answerWorkingDays; }
    public void setAnswerWorkingDays(Integer answerWorkingDays) { this.answerWorkingDays = answerWorkingDays; }
}
