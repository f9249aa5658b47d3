package id.konsultasi.feedback;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One answer to the survey. It is never changed once given; the database allows one per request and
 * one per form key.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private SurveySource source;
    private String idempotencyKey;
    private Instant answeredAt;

    @Embedded
    private SkmAnswers answers;

    private String comment;
    private Integer age;
    @Enumerated(EnumType.STRING)
    private RespondentSex sex;
    @Enumerated(EnumType.STRING)
    private RespondentEducation education;
    @Enumerated(EnumType.STRING)
    private RespondentOccupation occupation;

    protected SurveyResponse() {
    }

    SurveyResponse(long officeId, Long requestId, SurveySource source, SurveyAnswer answer, Instant at) {
        if (source == SurveySource.INVITATION && requestId == null) {
            throw new IllegalArgumentException("an invited answer belongs to its request");
        }
        this.officeId = officeId;
        this.requestId = requestId;
        this.source = source;
        this.idempotencyKey = answer.idempotencyKey();
        this.answeredAt = at;
        this.answers = answer.scores();
        this.comment = answer.comment();
        Respondent respondent = answer.respondent() == null ? Respondent.unknown() : answer.respondent();
        this.age = respondent.age();
        this.sex = respondent.sex();
        this.education = respondent.education();
        this.occupation = respondent.occupation();
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public SurveySource getSource() {
        return source;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public SkmAnswers getAnswers() {
        return answers;
    }

    public String getComment() {
        return comment;
    }

    public Integer getAge() {
        return age;
    }

    public RespondentSex getSex() {
        return sex;
    }

    public RespondentEducation getEducation() {
        return education;
    }

    public RespondentOccupation getOccupation() {
        return occupation;
    }
}
