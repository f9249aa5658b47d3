package id.konsultasi.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.crypto.EncryptedText;
import id.konsultasi.shared.crypto.TrackingTokens;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * A complaint about an office's consultation service, from its filing to its closing. It owns its
 * lifecycle ({@link ComplaintStatus}): every move is checked, written to the history, and the answer
 * registers a {@link ComplaintAnswered} event published when the complaint is saved.
 *
 * <p>An anonymous complainant stays unknown to the officers: the name, the contact details and the
 * request it is about are kept (to send the answer, and for the complainant's own page) but no staff
 * page shows them; {@link #isIdentityVisibleToStaff()} says so.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends AbstractAggregateRoot<Complaint> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    @Column(name = "complaint_number")
    private String number;
    @Column(name = "complaint_year")
    private int year;
    /** The link's secret: looked up by its hash, kept only encrypted (for the mails and the desk's page). */
    private String trackingTokenHash;
    @Convert(converter = EncryptedText.class)
    @Column(name = "tracking_token_encrypted")
    private String trackingToken;
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    private ComplaintSource source;
    private String laporNumber;

    private Long requestId;
    private String requestReceiptNumber;

    private boolean anonymous;
    private String complainantName;
    private String email;
    private String phone;
    /** the language the complainant wrote in ({@code id} or {@code en}): their mails follow it */
    private String language = "id";

    private String subject;
    private String description;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private Instant receivedAt;
    private Instant dueAt;
    private int answerWorkingDays;
    private String answer;
    private Instant answeredAt;
    private String answeredByName;
    private Instant closedAt;
    private Long recordedById;
    /** its number in the office's agenda book, where the office's standard routes complaints through it */
    private String agendaNumber;
    private Instant agendaRegisteredAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "complaint_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ComplaintHistoryEntry> history = new ArrayList<>();

    protected Complaint() {
    }

    /** The request a complaint is about, when it was filed from that request's tracking page. */
    public record AboutRequest(long requestId, String receiptNumber) {
    }

    /**
     * A new complaint, received at {@code receivedAt} and due at {@code dueAt} (the office's limit of
     * {@code answerWorkingDays} working days counted from then).
     */
    static Complaint file(NewComplaint c, long officeId, String number, int year, String trackingToken,
                          AboutRequest about, Instant receivedAt, Instant dueAt, int answerWorkingDays,
                          ComplaintActor actor, Instant now) {
        if (c.source().needsLaporNumber() && (c.laporNumber() == null || c.laporNumber().isBlank())) {
            throw new IllegalArgumentException("a complaint from SP4N-LAPOR! carries its LAPOR! tracking number");
        }
        if (dueAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("the answer cannot be due before the complaint is received");
        }
        Complaint complaint = new Complaint();
        complaint.officeId = officeId;
        complaint.number = number;
        complaint.year = year;
        complaint.trackingToken = trackingToken;
        complaint.trackingTokenHash = TrackingTokens.hash(trackingToken);
        complaint.idempotencyKey = c.idempotencyKey();
        complaint.source = c.source();
        complaint.laporNumber = c.source().needsLaporNumber() ? c.laporNumber() : null;
        if (about != null) {
            complaint.requestId = about.requestId();
            complaint.requestReceiptNumber = about.receiptNumber();
        }
        complaint.anonymous = c.anonymous();
        complaint.complainantName = c.name();
        complaint.email = c.email();
        complaint.phone = c.phone();
        complaint.language = "en".equals(c.language()) ? "en" : "id";
        complaint.subject = c.subject();
        complaint.description = c.description();
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.receivedAt = receivedAt;
        complaint.dueAt = dueAt;
        complaint.answerWorkingDays = answerWorkingDays;
        complaint.recordedById = actor.staffId();
        complaint.history.add(new ComplaintHistoryEntry(now, actor, null, ComplaintStatus.RECEIVED, null, null));
        return complaint;
    }

    // --- the lifecycle -------------------------------------------------------------------------

    /** Somebody at the office looks into it. */
    public void startHandling(ComplaintActor actor, Instant at, String internalNote) {
        moveTo(ComplaintStatus.IN_PROGRESS, actor, at, null, internalNote);
    }

    /** The office's answer; the complainant reads it on the tracking link and, if contactable, by e-mail. */
    public void answer(String answer, ComplaintActor actor, Instant at) {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("an answer says something");
        }
        moveTo(ComplaintStatus.ANSWERED, actor, at, answer, null);
        this.answer = answer;
        this.answeredAt = at;
        this.answeredByName = actor.name();
        if (id != null) {
            registerEvent(new ComplaintAnswered(id, officeId));
        }
    }

    public void close(ComplaintActor actor, Instant at, String note) {
        moveTo(ComplaintStatus.CLOSED, actor, at, null, note);
        this.closedAt = at;
    }

    private void moveTo(ComplaintStatus next, ComplaintActor actor, Instant at, String publicNote,
                        String internalNote) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("a complaint cannot move from " + status + " to " + next);
        }
        history.add(new ComplaintHistoryEntry(at, actor, status, next, publicNote, internalNote));
        this.status = next;
    }

    // --- reading -----------------------------------------------------------------------------------

    /** Still unanswered after its deadline. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }

    /** Answered, and by the deadline. */
    public boolean isAnsweredOnTime() {
        return answeredAt != null && !answeredAt.isAfter(dueAt);
    }

    /** Whether staff may see who complained (and which request it is about). */
    public boolean isIdentityVisibleToStaff() {
        return !anonymous;
    }

    /** Whether the answer can be sent to the complainant. */
    public boolean isContactableByEmail() {
        return email != null && !email.isBlank();
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

    public String getNumber() {
        return number;
    }

    public int getYear() {
        return year;
    }

    public String getTrackingToken() {
        return trackingToken;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public ComplaintSource getSource() {
        return source;
    }

    public String getLaporNumber() {
        return laporNumber;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRequestReceiptNumber() {
        return requestReceiptNumber;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getComplainantName() {
        return complainantName;
    }

    /** The complainant's language: English for those who wrote in English, else Indonesian. */
    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public int getAnswerWorkingDays() {
        return answerWorkingDays;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public List<ComplaintHistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    /** Registers the complaint in the office's agenda book under the number it was given, once. */
    void registerInAgenda(String number, Instant at) {
        if (agendaNumber != null) {
            throw new IllegalStateException("complaint " + this.number + " is in the agenda book already");
        }
        this.agendaNumber = number;
        this.agendaRegisteredAt = at;
    }

    /** Its number in the office's agenda book, or null where the office does not register complaints there. */
    public String getAgendaNumber() {
        return agendaNumber;
    }

    public Instant getAgendaRegisteredAt() {
        return agendaRegisteredAt;
    }
}
