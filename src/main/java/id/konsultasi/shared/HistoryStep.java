package id.konsultasi.shared;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One step in an aggregate's history, the shape every history table shares: who (a staff member's id and name,
 * or only a name for the applicant or the system), when, from which status to which (the same one when the
 * step only adds a note), with a note for the public and one for the staff only. Each aggregate maps it onto
 * its own table with its own status type; a step is written once and never changed.
 *
 * @param <S> the aggregate's status
 */
@MappedSuperclass
public abstract class HistoryStep<S extends Enum<S>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private Long actorId;
    private String actorName;
    @Enumerated(EnumType.STRING)
    private S fromStatus;
    @Enumerated(EnumType.STRING)
    private S toStatus;
    private String publicNote;
    private String internalNote;

    protected HistoryStep() {
    }

    protected HistoryStep(Instant at, Long actorId, String actorName, S from, S to, String publicNote,
                          String internalNote) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
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

    public S getFromStatus() {
        return fromStatus;
    }

    public S getToStatus() {
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
