package id.konsultasi.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an office decides about complaints: within how many working days it answers one. An office
 * that never saved its settings uses {@link #DEFAULT_ANSWER_WORKING_DAYS}.
 */
@Entity
@Table(name = "feedback_office_setting")
class FeedbackSettings {

    static final int DEFAULT_ANSWER_WORKING_DAYS = 5;
    static final int MIN_ANSWER_WORKING_DAYS = 1;
    static final int MAX_ANSWER_WORKING_DAYS = 60;

    @Id
    private Long officeId;

    /** null until first saved */
    @Version
    private Long version;

    @Column(name = "complaint_answer_working_days")
    private int answerWorkingDays;

    protected FeedbackSettings() {
    }

    FeedbackSettings(long officeId) {
        this.officeId = officeId;
        this.answerWorkingDays = DEFAULT_ANSWER_WORKING_DAYS;
    }

    void changeAnswerWorkingDays(int days) {
        if (days < MIN_ANSWER_WORKING_DAYS || days > MAX_ANSWER_WORKING_DAYS) {
            throw new IllegalArgumentException("an answer is due within 1 to 60 working days");
        }
        this.answerWorkingDays = days;
    }

    long getOfficeId() {
        return officeId;
    }

    /** -1 for settings never saved, so that a form shown before someone else's first save is stale. */
    long currentVersion() {
        return version == null ? -1 : version;
    }

    int getAnswerWorkingDays() {
        return answerWorkingDays;
    }
}
