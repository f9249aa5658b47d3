package id.konsultasi.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a complaint's history: who, when, from which status to which, a public and an internal note. */
@Entity
@Table(name = "complaint_history")
public class ComplaintHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private Long actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus toStatus;
    private String publicNote;
    private String internalNote;

    protected ComplaintHistoryEntry() {
    }

    ComplaintHistoryEntry(Instant at, ComplaintActor actor, ComplaintStatus from, ComplaintStatus to, String publicNote,
                          String internalNote) {
        this.at = at;
        this.actorId = actor.staffId();
        this.actorName = actor.name();
        this.fromStatus = from;
        this.toStatus = to;
        this.publicNote = publicNote;
        this.internalNote = internalNote;
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

    public ComplaintStatus getFromStatus() {
        return fromStatus;
    }

    public ComplaintStatus getToStatus() {
        return toStatus;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getInternalNote() {
        return internalNote;
    }
}
