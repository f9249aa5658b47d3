package id.konsultasi.request;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A request as other modules may name it in their queries (a join with their own rows, a list sorted by their
 * own columns): the few columns that identify it and say where it stands, read only. The request itself, its
 * applicant's contact and its lifecycle stay in {@link ConsultationRequest}, which only this module touches.
 */
@Entity
@Immutable
@Table(name = "consultation_request")
public class RequestView {

    @Id
    private Long id;
    private long officeId;
    private String receiptNumber;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "institution_name")
    private String institution;
    private String topic;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @ElementCollection
    @CollectionTable(name = "request_assignee", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "staff_id")
    private Set<Long> assigneeIds = new HashSet<>();

    protected RequestView() {
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getInstitution() {
        return institution;
    }

    public String getTopic() {
        return topic;
    }

    public RequestStatus getStatus() {
        return status;
    }
}
