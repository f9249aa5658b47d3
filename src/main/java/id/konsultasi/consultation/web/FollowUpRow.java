package id.konsultasi.consultation.web;

import java.time.LocalDate;

import id.konsultasi.consultation.FollowUp;
import id.konsultasi.shared.Texts;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** One row of the follow-up agreed, as typed; a blank row is left out. */
class FollowUpRow {

    @Size(max = 1000)
    private String action;
    @Size(max = 300)
    private String responsible;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    public FollowUpRow() {
    }

    static FollowUpRow of(FollowUp followUp) {
        FollowUpRow row = new FollowUpRow();
        row.action = followUp.getAction();
        row.responsible = followUp.getResponsible();
        row.dueDate = followUp.getDueDate();
        return row;
    }

    boolean isBlank() {
        return Texts.orNull(action) == null && Texts.orNull(responsible) == null && dueDate == null;
    }

    FollowUp toFollowUp() {
        return new FollowUp(Texts.orNull(action), Texts.orNull(responsible), dueDate);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
