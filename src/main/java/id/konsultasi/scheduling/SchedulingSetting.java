package id.konsultasi.scheduling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An office's own letter texts (the answer letter of an in-person and of an online consultation, the refusal
 * letter) and the hours at which reminders and agendas go out.
 */
@Entity
@Table(name = "scheduling_setting")
public class SchedulingSetting {

    @Id
    private Long officeId;

    /** null until first saved */
    @Version
    private Long version;

    private String answerLetterBody;
    /** null until the office saves its letters once: {@link SchedulingSettings#onlineAnswerLetterBody} applies */
    private String onlineAnswerLetterBody;
    private String refusalLetterBody;
    private int reminderHour;
    private int agendaHour;

    protected SchedulingSetting() {
    }

    SchedulingSetting(long officeId, String answerLetterBody, String onlineAnswerLetterBody, String refusalLetterBody) {
        this.officeId = officeId;
        this.answerLetterBody = answerLetterBody;
        this.onlineAnswerLetterBody = onlineAnswerLetterBody;
        this.refusalLetterBody = refusalLetterBody;
        this.reminderHour = 9;
        this.agendaHour = 7;
    }

    void update(String answerLetterBody, String onlineAnswerLetterBody, String refusalLetterBody, int reminderHour,
                int agendaHour) {
        this.answerLetterBody = answerLetterBody;
        this.onlineAnswerLetterBody = onlineAnswerLetterBody;
        this.refusalLetterBody = refusalLetterBody;
        this.reminderHour = reminderHour;
        this.agendaHour = agendaHour;
    }

    public Long getOfficeId() {
        return officeId;
    }

    /** -1 for settings never saved (the defaults), so that a form shown before someone else's first save is stale. */
    public long getVersion() {
        return version == null ? -1 : version;
    }

    public String getAnswerLetterBody() {
        return answerLetterBody;
    }

    String getOnlineAnswerLetterBody() {
        return onlineAnswerLetterBody;
    }

    public String getRefusalLetterBody() {
        return refusalLetterBody;
    }

    public int getReminderHour() {
        return reminderHour;
    }

    public int getAgendaHour() {
        return agendaHour;
    }
}
