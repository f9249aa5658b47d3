package id.konsultasi.consultation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A follow-up agreed in the consultation: what is to be done, by whom, by when. */
@Embeddable
public class FollowUp {

    @Column(name = "action")
    private String action;
    private String responsible;
    private LocalDate dueDate;

    protected FollowUp() {
    }

    public FollowUp(String action, String responsible, LocalDate dueDate) {
        this.action = action;
        this.responsible = responsible;
        this.dueDate = dueDate;
    }

    /** Everything a filed report needs: what, who and by when. */
    boolean isComplete() {
        return action != null && responsible != null && dueDate != null;
    }

    public String getAction() {
        return action;
    }

    public String getResponsible() {
        return responsible;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
