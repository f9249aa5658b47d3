package id.konsultasi.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.konsultasi.shared.crypto.EncryptedText;
import id.konsultasi.shared.crypto.TrackingTokens;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A request for a consultation, from its receipt to its closing. It owns its lifecycle: every change
 * of status goes through {@link #moveTo}, which refuses what {@link RequestStatus} does not allow and
 * writes the history and registers a {@link RequestStatusChanged} event, published when the request is
 * saved through {@link ConsultationRequests#save}. Other modules refer to it by id and change it only
 * through {@link RequestService}: its moves are package-private.
 */
@Entity
@Table(name = "consultation_request")
public class ConsultationRequest extends AbstractAggregateRoot<ConsultationRequest> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    /** given as the last step of the transaction that creates the request ({@link RequestNumbers}): null only inside it */
    private String receiptNumber;
    private int receiptYear;
    private String agendaNumber;
    /** when the agenda number was given: the moment the request entered the agenda book */
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    private RequestStatus statusBeforeIncomplete;

    /** The tracking link's secret: looked up by its hash, kept only encrypted (for the mails that show it again). */
    private String trackingTokenHash;
    @Convert(converter = EncryptedText.class)
    @Column(name = "tracking_token_encrypted")
    private String trackingToken;
    private String idempotencyKey;

    @Embedded
    private Applicant applicant;

    private String topic;
    private String purpose;
    @Enumerated(EnumType.STRING)
    private ConsultationMode preferredMode;
    private Instant preferredVisitAt;
    private boolean urgent;
    private Instant consentAt;
    private String incompleteReason;

    private Instant submittedAt;
    private Instant fileCompleteAt;
    private Instant answerDueAt;
    private Instant consultationDueAt;
    private Instant closedAt;

    private Long assignedDivisionId;

    @Embedded
    private LetterReference letter;

    @ElementCollection
    @CollectionTable(name = "request_assignee", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "staff_id")
    private Set<Long> assigneeIds = new HashSet<>();

    private Instant personalDataPurgedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderColumn(name = "position")
    private List<HistoryEntry> history = new ArrayList<>();

    protected ConsultationRequest() {
    }

    /**
     * A new request. Online it starts as submitted (the secretariat registers it); at the desk or
     * from a letter it is registered at once and starts as received. Its numbers follow ({@link #numbered}).
     */
    public static ConsultationRequest open(NewRequest request, Applicant applicant, long officeId, int receiptYear,
                                           String trackingToken, Actor actor, Instant at) {
        ConsultationRequest r = new ConsultationRequest();
        r.officeId = officeId;
        r.receiptYear = receiptYear;
        r.channel = request.channel();
        r.trackingToken = trackingToken;
        r.trackingTokenHash = TrackingTokens.hash(trackingToken);
        r.idempotencyKey = request.idempotencyKey();
        r.applicant = applicant;
        r.topic = request.topic();
        r.purpose = request.purpose();
        r.preferredMode = request.preferredMode();
        r.preferredVisitAt = request.preferredVisitAt();
        r.urgent = request.urgent();
        r.consentAt = request.consentGiven() ? at : null;
        r.submittedAt = at;
        r.letter = request.letter();
        RequestStatus first = request.channel() == Channel.ONLINE ? RequestStatus.SUBMITTED : RequestStatus.RECEIVED;
        r.status = first;
        r.registeredAt = first == RequestStatus.RECEIVED ? at : null;
        r.history.add(new HistoryEntry(at, actor, null, first, null, null));
        return r;
    }

    // --- the lifecycle -------------------------------------------------------------------------

    /** The file is complete from this moment; the deadlines count from it. */
    void fileCompleted(Instant at, Deadlines deadlines) {
        this.fileCompleteAt = at;
        this.answerDueAt = deadlines.answerLetterDue();
        this.consultationDueAt = deadlines.consultationDue();
    }

    /** The secretariat registers an online request in the agenda book; its agenda number follows. */
    void register(Actor actor, Instant at) {
        moveTo(RequestStatus.RECEIVED, actor, at, null, null);
        this.registeredAt = at;
    }

    /** The secretariat registers an online request in the agenda book under this number. */
    void register(String agendaNumber, Actor actor, Instant at) {
        register(actor, at);
        this.agendaNumber = agendaNumber;
    }

    /**
     * The request's numbers, once taken: the receipt number of a new request, the agenda number of one
     * registered. A number is given once.
     */
    void numbered(String receiptNumber, String agendaNumber) {
        if (receiptNumber != null) {
            if (this.receiptNumber != null) {
                throw new IllegalStateException("the receipt number is already " + this.receiptNumber);
            }
            this.receiptNumber = receiptNumber;
        }
        if (agendaNumber != null) {
            if (this.agendaNumber != null) {
                throw new IllegalStateException("the agenda number is already " + this.agendaNumber);
            }
            this.agendaNumber = agendaNumber;
        }
    }

    /** Something is missing; the applicant is told what, and the deadline clock stops. */
    void markIncomplete(String reason, Actor actor, Instant at) {
        RequestStatus before = status;
        moveTo(RequestStatus.INCOMPLETE, actor, at, reason, null);
        this.statusBeforeIncomplete = before;
        this.incompleteReason = reason;
        this.fileCompleteAt = null;
        this.answerDueAt = null;
        this.consultationDueAt = null;
    }

    /** The missing piece arrived: back to where it was, with deadlines counted from now. */
    void completeFile(Actor actor, Instant at, Deadlines deadlines, String note) {
        moveTo(statusBeforeIncomplete == null ? RequestStatus.SUBMITTED : statusBeforeIncomplete, actor, at, note, null);
        this.statusBeforeIncomplete = null;
        this.incompleteReason = null;
        fileCompleted(at, deadlines);
    }

    void reject(String reason, Actor actor, Instant at) {
        reject(reason, actor, at, null);
    }

    /** Refused: the reason is told to the applicant, the internal note stays with the staff. */
    void reject(String reason, Actor actor, Instant at, String internalNote) {
        moveTo(RequestStatus.REJECTED, actor, at, reason, internalNote);
    }

    void cancel(String reason, Actor actor, Instant at) {
        moveTo(RequestStatus.CANCELLED, actor, at, reason, null);
    }

    /** The head disposes to a division, whose head assigns the officers. */
    void disposeToDivision(long divisionId, Actor actor, Instant at, String publicNote, String internalNote) {
        moveTo(RequestStatus.DISPOSED, actor, at, publicNote, internalNote);
        this.assignedDivisionId = divisionId;
    }

    /** Officers are assigned, by the head directly or by the division head. */
    void assign(Long divisionId, Collection<Long> officerIds, Actor actor, Instant at, String publicNote,
                       String internalNote) {
        if (officerIds.isEmpty()) {
            throw new IllegalArgumentException("at least one officer serves a consultation");
        }
        moveTo(RequestStatus.ASSIGNED, actor, at, publicNote, internalNote);
        if (divisionId != null) {
            this.assignedDivisionId = divisionId;
        }
        this.assigneeIds.clear();
        this.assigneeIds.addAll(officerIds);
    }

    /** Scheduled, or rescheduled (the status stays, the history records it). */
    void schedule(Actor actor, Instant at, String publicNote, String internalNote) {
        moveTo(RequestStatus.SCHEDULED, actor, at, publicNote, internalNote);
    }

    void markHeld(Actor actor, Instant at, String publicNote) {
        if (status == RequestStatus.REPORTED) {
            // a filed report goes back to the officer by returnReport, not by holding the consultation again
            throw new IllegalTransitionException(status, RequestStatus.HELD);
        }
        moveTo(RequestStatus.HELD, actor, at, publicNote, null);
    }

    void markNoShow(Actor actor, Instant at, String publicNote) {
        moveTo(RequestStatus.NO_SHOW, actor, at, publicNote, null);
    }

    void fileReport(Actor actor, Instant at, String internalNote) {
        moveTo(RequestStatus.REPORTED, actor, at, null, internalNote);
    }

    void returnReport(Actor actor, Instant at, String internalNote) {
        moveTo(RequestStatus.HELD, actor, at, null, internalNote);
    }

    void close(Actor actor, Instant at, String publicNote) {
        moveTo(RequestStatus.CLOSED, actor, at, publicNote, null);
    }

    /** A step that changes no status: a document uploaded, a message, a check-in. */
    void note(Actor actor, Instant at, String publicNote, String internalNote) {
        history.add(new HistoryEntry(at, actor, status, status, publicNote, internalNote));
    }

    private void moveTo(RequestStatus next, Actor actor, Instant at, String publicNote, String internalNote) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException(status, next);
        }
        history.add(new HistoryEntry(at, actor, status, next, publicNote, internalNote));
        if (id != null) {
            registerEvent(new RequestStatusChanged(id, officeId, status, next, publicNote, at));
        }
        this.status = next;
        if (next.isTerminal()) {
            this.closedAt = at;
        }
    }

    /** After the retention period the NIK and the scans are deleted; the record of the service stays. */
    public void personalDataPurged(Instant at) {
        applicant.forgetNik();
        this.personalDataPurgedAt = at;
    }

    // --- reading -----------------------------------------------------------------------------------

    /** When the officers were (last) assigned: the decision a consultation cannot precede. Null before that. */
    public Instant assignedAt() {
        Instant at = null;
        for (HistoryEntry h : history) {
            if (h.isStatusChange() && h.getToStatus() == RequestStatus.ASSIGNED) {
                at = h.getAt();
            }
        }
        return at;
    }

    /** The reason the applicant was told when the request was refused; null unless it was refused. */
    public String refusalReason() {
        if (status != RequestStatus.REJECTED) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getToStatus() == RequestStatus.REJECTED && history.get(i).isStatusChange()) {
                return history.get(i).getPublicNote();
            }
        }
        return null;
    }

    public boolean isAssignee(long staffId) {
        return assigneeIds.contains(staffId);
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

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public int getReceiptYear() {
        return receiptYear;
    }

    public String getAgendaNumber() {
        return agendaNumber;
    }

    /** When the request entered the agenda book, or null while it is not registered. */
    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getTrackingToken() {
        return trackingToken;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public String getTopic() {
        return topic;
    }

    public String getPurpose() {
        return purpose;
    }

    public ConsultationMode getPreferredMode() {
        return preferredMode;
    }

    public Instant getPreferredVisitAt() {
        return preferredVisitAt;
    }

    public boolean isUrgent() {
        return urgent;
    }

    /**
     * An urgent walk-in is served at once, while the guest waits at the desk (straight from the desk where the
     * office's standard allows it, else right after the decision): its officers hold it today, they do not schedule
     * it. {@link ConsultationRequests#toSchedule} and {@link RequestWorklist#officerCounts} say the same in queries.
     */
    public boolean isServedAtOnce() {
        return channel == Channel.WALK_IN && urgent;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getIncompleteReason() {
        return incompleteReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getFileCompleteAt() {
        return fileCompleteAt;
    }

    public Instant getAnswerDueAt() {
        return answerDueAt;
    }

    public Instant getConsultationDueAt() {
        return consultationDueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The letter it arrived with, or null. */
    public LetterReference getLetter() {
        return letter;
    }

    public Long getAssignedDivisionId() {
        return assignedDivisionId;
    }

    public Set<Long> getAssigneeIds() {
        return Set.copyOf(assigneeIds);
    }

    public Instant getPersonalDataPurgedAt() {
        return personalDataPurgedAt;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}
