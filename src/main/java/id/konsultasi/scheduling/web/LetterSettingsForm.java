package id.konsultasi.scheduling.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class LetterSettingsForm {

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 8000)
    private String answerLetterBody;
    @NotBlank
    @Size(max = 8000)
    private String onlineAnswerLetterBody;
    @NotBlank
    @Size(max = 8000)
    private String refusalLetterBody;
    @NotNull
    @Min(0)
    @Max(23)
    private Integer reminderHour;
    @NotNull
    @Min(0)
    @Max(23)
    private Integer agendaHour;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getAnswerLetterBody() { return answerLetterBody; }
    public void setAnswerLetterBody(String answerLetterBody) { this.answerLetterBody = answerLetterBody; }
    public String getOnlineAnswerLetterBody() { return onlineAnswerLetterBody; }
    public void setOnlineAnswerLetterBody(String onlineAnswerLetterBody) { this.onlineAnswerLetterBody = onlineAnswerLetterBody; }
    public String getRefusalLetterBody() { return refusalLetterBody; }
    public void setRefusalLetterBody(String refusalLetterBody) { this.refusalLetterBody = refusalLetterBody; }
    public Integer getReminderHour() { return reminderHour; }
    public void setReminderHour(Integer reminderHour) { this.reminderHour = reminderHour; }
    public Integer getAgendaHour() { return agendaHour; }
    public void setAgendaHour(Integer agendaHour) { this.agendaHour = agendaHour; }
}
