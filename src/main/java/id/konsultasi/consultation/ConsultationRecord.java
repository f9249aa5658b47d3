package id.konsultasi.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;
import id.konsultasi.shared.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The record of one consultation and its Laporan Hasil Konsultasi: what the officers wrote (kept as a
 * draft until filed), and the report's way to the head: filed, returned with a remark or forwarded by
 * the division head, acknowledged by the head. It owns these steps ({@link RecordStage}); the request's
 * own status moves with them through the request module.
 */
@Entity
@Table(name = "consultation_record")
public class ConsultationRecord extends AbstractAggregateRoot<ConsultationRecord> {

    /** What the closing letter holds unless the officer chooses otherwise: what the office gave. */
    public static final Set<LetterSection> DEFAULT_LETTER_SECTIONS = Set.copyOf(EnumSet.of(LetterSection.ADVICE,
            LetterSection.RECOMMENDATIONS, LetterSection.SOLUTIONS, LetterSection.HANDOVER, LetterSection.FOLLOW_UP));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private long requestId;
    private Long divisionId;
    private Long appointmentId;

    @Enumerated(EnumType.STRING)
    private RecordStage stage = RecordStage.DRAFT;

    private Instant actualStart;
    private Instant actualEnd;
    @Enumerated(EnumType.STRING)
    private ConsultationMode modeUsed;
    private Long leadOfficerId;
    private String leadOfficerName;
    private String otherOfficials;
    private String otherAgencies;
    private String applicantAttendees;
    private String outsideHoursReason;

    private String problem;
    private String discussion;
    private String advice;
    private String recommendations;
    private String solutions;
    private String handoverNote;

    private boolean routedViaDivision;
    private Instant heldRecordedAt;
    private Instant reportDueAt;
    private Instant firstReportedAt;
    private Instant reportedAt;
    private int returnCount;
    private String lastRemark;
    private String lastRemarkBy;
    private Instant lastRemarkAt;
    private Instant forwardedAt;
    private String forwardedByName;
    private Instant acknowledgedAt;
    private Long acknowledgedById;
    private String acknowledgedByName;
    /** given as the last step of the acknowledgement (the office's letter counter): not a change the version counts */
    @OptimisticLock(excluded = true)
    private String closingLetterNumber;
    private Instant draftSavedAt;
    private String draftSavedByName;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "consultation_companion", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "staff_id")
    private Set<Long> companionIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_follow_up", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<FollowUp> followUps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_handover", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    private List<HandoverFile> handoverFiles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_letter_section", joinColumns = @JoinColumn(name = "record_id"))
    @Column(name = "section")
    @Enumerated(EnumType.STRING)
    private Set<LetterSection> letterSections = EnumSet.noneOf(LetterSection.class);

    protected ConsultationRecord() {
    }

    /** A new record; the applicant's closing letter holds the advice and the data handed over unless the officer says otherwise. */
    ConsultationRecord(long officeId, long requestId, Long divisionId, Long appointmentId, Instant now) {
        this.officeId = officeId;
        this.requestId = requestId;
        this.divisionId = divisionId;
        this.appointmentId = appointmentId;
        this.createdAt = now;
        this.letterSections.addAll(DEFAULT_LETTER_SECTIONS);
    }

    // --- writing -------------------------------------------------------------------------------

    /** Saves what the officer wrote, complete or not. Only while the officers hold the record. */
    void write(RecordContent content, String leadOfficerName, String savedBy, Instant at) {
        requireEditable();
        this.actualStart = content.actualStart();
        this.actualEnd = content.actualEnd();
        this.modeUsed = content.modeUsed();
        this.leadOfficerId = content.leadOfficerId();
        this.leadOfficerName = content.leadOfficerId() == null ? null : leadOfficerName;
        this.companionIds.clear();
        this.companionIds.addAll(content.companionIds());
        if (leadOfficerId != null) {
            this.companionIds.remove(leadOfficerId);
        }
        this.otherOfficials = content.otherOfficials();
        this.otherAgencies = content.otherAgencies();
        this.applicantAttendees = content.applicantAttendees();
        this.outsideHoursReason = content.outsideHoursReason();
        this.problem = content.problem();
        this.discussion = content.discussion();
        this.advice = content.advice();
        this.recommendations = content.recommendations();
        this.solutions = content.solutions();
        this.handoverNote = content.handoverNote();
        this.followUps.clear();
        this.followUps.addAll(content.followUps());
        this.letterSections.clear();
        this.letterSections.addAll(content.letterSections());
        for (HandoverFile file : handoverFiles) {
            file.sendToApplicant(content.releasedDocumentIds().contains(file.getDocumentId()));
        }
        this.draftSavedAt = at;
        this.draftSavedByName = savedBy;
    }

    /** The request was routed to another division (or to none): the division head's lists follow it. */
    void divisionChanged(Long divisionId) {
        this.divisionId = divisionId;
    }

    void addHandover(long documentId, String filename, String contentType, long size, boolean forApplicant) {
        requireEditable();
        handoverFiles.add(new HandoverFile(documentId, filename, contentType, size, forApplicant));
    }

    void removeHandover(long documentId) {
        requireEditable();
        handoverFiles.removeIf(f -> f.getDocumentId() == documentId);
    }

    /** What is still missing before the consultation can be recorded as held (names of the fields). */
    public List<String> missingForHeld() {
        List<String> missing = new ArrayList<>();
        if (actualStart == null) {
            missing.add("actualStart");
        }
        if (actualEnd == null) {
            missing.add("actualEnd");
        }
        if (modeUsed == null) {
            missing.add("modeUsed");
        }
        if (leadOfficerId == null) {
            missing.add("leadOfficerId");
        }
        return missing;
    }

    /** What is still missing before the report can be filed. */
    public List<String> missingForReport() {
        List<String> missing = missingForHeld();
        if (blank(problem)) {
            missing.add("problem");
        }
        if (blank(discussion)) {
            missing.add("discussion");
        }
        if (blank(advice)) {
            missing.add("advice");
        }
        for (int i = 0; i < followUps.size(); i++) {
            if (!followUps.get(i).isComplete()) {
                missing.add("followUps[" + i + "]");
            }
        }
        return missing;
    }

    // --- the way to the head ---------------------------------------------------------------------

    /** The consultation took place; the report is due at {@code reportDueAt}. */
    void held(Instant at, Instant reportDueAt) {
        if (stage != RecordStage.DRAFT) {
            throw new ConflictException("record " + id + " is " + stage);
        }
        requireComplete(missingForHeld());
        this.stage = RecordStage.HELD;
        this.heldRecordedAt = at;
        this.reportDueAt = reportDueAt;
    }

    /** The officer files the report: to the division head or straight to the head. */
    void file(boolean viaDivision, Instant at) {
        if (stage != RecordStage.HELD && stage != RecordStage.RETURNED) {
            throw new ConflictException("record " + id + " is " + stage);
        }
        requireComplete(missingForReport());
        this.routedViaDivision = viaDivision;
        this.stage = viaDivision ? RecordStage.AT_DIVISION : RecordStage.AT_HEAD;
        this.reportedAt = at;
        if (firstReportedAt == null) {
            this.firstReportedAt = at;
        }
        registerEvent(new ReportFiled(requestId, officeId, viaDivision ? divisionId : null, at));
    }

    /** The division head sends it back to the officer with a remark. */
    void returned(String remark, String by, Instant at) {
        requireStage(RecordStage.AT_DIVISION);
        backToTheOfficer(remark, by, at);
    }

    /** The head sends a report waiting for the head back to the officer with a remark. */
    void returnedByHead(String remark, String by, Instant at) {
        requireStage(RecordStage.AT_HEAD);
        backToTheOfficer(remark, by, at);
    }

    private void backToTheOfficer(String remark, String by, Instant at) {
        this.stage = RecordStage.RETURNED;
        this.returnCount++;
        this.lastRemark = remark;
        this.lastRemarkBy = by;
        this.lastRemarkAt = at;
    }

    /** The division head forwards it to the head. */
    void forwarded(String by, Instant at) {
        requireStage(RecordStage.AT_DIVISION);
        this.stage = RecordStage.AT_HEAD;
        this.forwardedAt = at;
        this.forwardedByName = by;
    }

    /** The head acknowledges it; the closing letter gets its number ({@link #closingLetterNumbered}). */
    void acknowledged(long byId, String byName, Instant at) {
        requireStage(RecordStage.AT_HEAD);
        this.stage = RecordStage.ACKNOWLEDGED;
        this.acknowledgedAt = at;
        this.acknowledgedById = byId;
        this.acknowledgedByName = byName;
    }

    /** The closing letter's number, taken as the last step of the acknowledgement. */
    void closingLetterNumbered(String number) {
        requireStage(RecordStage.ACKNOWLEDGED);
        if (closingLetterNumber != null) {
            throw new IllegalStateException("the closing letter is already " + closingLetterNumber);
        }
        this.closingLetterNumber = number;
    }

    /** Recorded as held, not yet reported, and past the office's deadline. */
    public boolean isLate(Instant now) {
        return reportDeadline().isOverdue(now);
    }

    /** The report was first filed after its deadline. */
    public boolean isFiledLate() {
        return reportDeadline().isFiledLate();
    }

    public ReportDeadline reportDeadline() {
        return new ReportDeadline(reportDueAt, firstReportedAt);
    }

    private void requireEditable() {
        if (!stage.isEditable()) {
            throw new ConflictException("record " + id + " is " + stage + " and can no longer be changed");
        }
    }

    private void requireStage(RecordStage expected) {
        if (stage != expected) {
            throw new ConflictException("record " + id + " is " + stage + ", not " + expected);
        }
    }

    private static void requireComplete(List<String> missing) {
        if (!missing.isEmpty()) {
            throw new RecordIncomplete(missing);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- reading -----------------------------------------------------------------------------------

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

    public Long getDivisionId() {
        return divisionId;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public RecordStage getStage() {
        return stage;
    }

    public Instant getActualStart() {
        return actualStart;
    }

    public Instant getActualEnd() {
        return actualEnd;
    }

    public ConsultationMode getModeUsed() {
        return modeUsed;
    }

    public Long getLeadOfficerId() {
        return leadOfficerId;
    }

    public String getLeadOfficerName() {
        return leadOfficerName;
    }

    public Set<Long> getCompanionIds() {
        return Set.copyOf(companionIds);
    }

    public String getOtherOfficials() {
        return otherOfficials;
    }

    public String getOtherAgencies() {
        return otherAgencies;
    }

    public String getApplicantAttendees() {
        return applicantAttendees;
    }

    /** Why the consultation took place outside the office's working hours, when it did. */
    public String getOutsideHoursReason() {
        return outsideHoursReason;
    }

    public String getProblem() {
        return problem;
    }

    public String getDiscussion() {
        return discussion;
    }

    public String getAdvice() {
        return advice;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getSolutions() {
        return solutions;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public boolean isRoutedViaDivision() {
        return routedViaDivision;
    }

    public Instant getHeldRecordedAt() {
        return heldRecordedAt;
    }

    public Instant getReportDueAt() {
        return reportDueAt;
    }

    public Instant getFirstReportedAt() {
        return firstReportedAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public String getLastRemark() {
        return lastRemark;
    }

    public String getLastRemarkBy() {
        return lastRemarkBy;
    }

    public Instant getLastRemarkAt() {
        return lastRemarkAt;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedByName() {
        return forwardedByName;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getAcknowledgedById() {
        return acknowledgedById;
    }

    public String getAcknowledgedByName() {
        return acknowledgedByName;
    }

    public String getClosingLetterNumber() {
        return closingLetterNumber;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }

    public String getDraftSavedByName() {
        return draftSavedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public List<HandoverFile> getHandoverFiles() {
        return List.copyOf(handoverFiles);
    }

    public Optional<HandoverFile> handoverFile(long documentId) {
        return handoverFiles.stream().filter(f -> f.getDocumentId() == documentId).findFirst();
    }

    /** The files the officer sends to the applicant. */
    public List<HandoverFile> getReleasedFiles() {
        return handoverFiles.stream().filter(HandoverFile::isForApplicant).toList();
    }

    public Set<LetterSection> getLetterSections() {
        return letterSections.isEmpty() ? EnumSet.noneOf(LetterSection.class) : EnumSet.copyOf(letterSections);
    }

    public boolean sends(LetterSection section) {
        return letterSections.contains(section);
    }
}
