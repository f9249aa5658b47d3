package id.konsultasi.feedback;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints in an office's agenda book, for the desk's agenda book page, which lists them
 * among the letters in one sequence: one query for a stretch of time, however many lines it has.
 */
@Component
@Transactional(readOnly = true)
public class ComplaintAgenda {

    private final Complaints complaints;

    ComplaintAgenda(Complaints complaints) {
        this.complaints = complaints;
    }

    /** The complaints registered in the book from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public List<ComplaintAgendaLine> between(long officeId, Instant from, Instant to) {
        return complaints.agendaLines(officeId, from, to);
    }
}
