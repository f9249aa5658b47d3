package id.konsultasi.feedback;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which open complaints of an office are due in a span of time (for the morning's reminders of the alert module). */
@Service
@Transactional(readOnly = true)
public class ComplaintDeadlines {

    private static final List<ComplaintStatus> OPEN = Arrays.stream(ComplaintStatus.values())
            .filter(ComplaintStatus::isOpen).toList();

    private final Complaints complaints;

    ComplaintDeadlines(Complaints complaints) {
        this.complaints = complaints;
    }

    /** The office's complaints still unanswered whose deadline falls in [from, to). */
    public List<DueComplaint> dueBetween(long officeId, Instant from, Instant to) {
        return complaints.dueBetween(officeId, OPEN, from, to);
    }

    /** A complaint due: its id and number. */
    public interface DueComplaint {
        long getId();

        String getNumber();
    }
}
