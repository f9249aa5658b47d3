package id.konsultasi.request;

import java.time.Instant;

import id.konsultasi.shared.HistoryStep;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One step in a request's history: who, when, from which status to which, with a note for the
 * applicant (public) and one for the staff only (internal).
 */
@Entity
@Table(name = "request_history")
public class HistoryEntry extends HistoryStep<RequestStatus> {

    protected HistoryEntry() {
    }

    HistoryEntry(Instant at, Actor actor, RequestStatus from, RequestStatus to, String publicNote,
                 String internalNote) {
        super(at, actor.staffId(), actor.name(), from, to, publicNote, internalNote);
    }
}
