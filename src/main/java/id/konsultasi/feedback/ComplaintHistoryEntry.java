package id.konsultasi.feedback;

import java.time.Instant;

import id.konsultasi.shared.HistoryStep;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One step in a complaint's history: who, when, from which status to which, a public and an internal note. */
@Entity
@Table(name = "complaint_history")
public class ComplaintHistoryEntry extends HistoryStep<ComplaintStatus> {

    protected ComplaintHistoryEntry() {
    }

    ComplaintHistoryEntry(Instant at, ComplaintActor actor, ComplaintStatus from, ComplaintStatus to, String publicNote,
                          String internalNote) {
        super(at, actor.staffId(), actor.name(), from, to, publicNote, internalNote);
    }
}
