package id.konsultasi.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** The applicant of a closed consultation was invited to the survey, once. */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation implements Persistable<Long> {

    @Id
    private Long requestId;
    private long officeId;
    private Instant invitedAt;
    private boolean mailed;

    @Transient
    private boolean fresh;

    protected SurveyInvitation() {
    }

    SurveyInvitation(long requestId, long officeId, Instant invitedAt, boolean mailed) {
        this.requestId = requestId;
        this.officeId = officeId;
        this.invitedAt = invitedAt;
        this.mailed = mailed;
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return requestId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    long getOfficeId() {
        return officeId;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    boolean isMailed() {
        return mailed;
    }
}
