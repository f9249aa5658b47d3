package id.konsultasi.disposition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Who serves a consultation: a lead officer (who prepares it, attaches the telaahan staf when one is
 * needed, and schedules it) and the companions who join. Made by the head straight away or by the
 * head of the division the request was disposed to, who may also serve personally.
 */
@Entity
@Table(name = "disposition_assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private long requestId;
    private String formKey;
    private Long divisionId;
    private long leadOfficerId;
    private boolean servedPersonally;
    private String instructions;
    private boolean staffAnalysisRequired;
    private Instant assignedAt;

    @Embedded
    private Signatory signatory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disposition_assignment_companion", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "staff_id")
    private Set<Long> companionIds = new LinkedHashSet<>();

    protected Assignment() {
    }

    public Assignment(long officeId, long requestId, String formKey, Long divisionId, long leadOfficerId,
                      Collection<Long> companionIds, boolean servedPersonally, String instructions,
                      boolean staffAnalysisRequired, Signatory signatory, Instant at) {
        if (formKey == null || formKey.isBlank()) {
            throw new IllegalArgumentException("an assignment carries the key of the form it was made on");
        }
        if (servedPersonally && signatory.getStaffId() != leadOfficerId) {
            throw new IllegalArgumentException("who serves personally leads the consultation");
        }
        this.officeId = officeId;
        this.requestId = requestId;
        this.formKey = formKey;
        this.divisionId = divisionId;
        this.leadOfficerId = leadOfficerId;
        this.servedPersonally = servedPersonally;
        this.instructions = instructions;
        this.staffAnalysisRequired = staffAnalysisRequired;
        this.signatory = signatory;
        this.assignedAt = at;
        for (Long companion : companionIds) {
            if (companion != null && companion != leadOfficerId) {
                this.companionIds.add(companion);
            }
        }
    }

    /** The lead officer first, then the companions: everyone who serves. */
    public List<Long> officerIds() {
        List<Long> officers = new ArrayList<>();
        officers.add(leadOfficerId);
        officers.addAll(companionIds);
        return officers;
    }

    public boolean isLead(long staffId) {
        return leadOfficerId == staffId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOfficeId() {
        return officeId;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getFormKey() {
        return formKey;
    }

    public Long getDivisionId() {
        return divisionId;
    }

    public long getLeadOfficerId() {
        return leadOfficerId;
    }

    public boolean isServedPersonally() {
        return servedPersonally;
    }

    public String getInstructions() {
        return instructions;
    }

    public boolean isStaffAnalysisRequired() {
        return staffAnalysisRequired;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Signatory getSignatory() {
        return signatory;
    }

    public Set<Long> getCompanionIds() {
        return Set.copyOf(companionIds);
    }
}
