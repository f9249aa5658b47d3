package id.konsultasi.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step in a request's history: who, when, from which status to which, with a note for the
 * applicant (public) and one for the staff only (internal).
 */
@Entity
@Table(name = "request_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private Long actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private RequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private RequestStatus toStatus;
    @Column(name = "public_note")
    private String publicNote;
    @Column(name = "internal_note")
    private String internalNote;

    protected HistoryEntry() {
    }

    HistoryEntry(Instant at, Actor actor, RequestStatus from, RequestStatus to, String publicNote,
                 String internalNote) {
        this.at = at;
        this.actorId = actor.staffId();
        this.actorName = actor.name();
        this.fromStatus = from;
        this.toStatus = to;
        this.publicNote = publicNote;
        this.internalNote = internalNote;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    /** Whether this step changed the status, or only added a note (e.g. a document uploaded). */
    public boolean isStatusChange() {
        return fromStatus != toStatus;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getInternalNote() {
        return internalNote;
    }
}
