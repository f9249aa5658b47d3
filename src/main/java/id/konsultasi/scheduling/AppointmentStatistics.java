package id.konsultasi.scheduling;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import id.konsultasi.request.ConsultationMode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The appointments of one office's requests, for the reports: one statement, whatever their number. */
@Service
@Transactional(readOnly = true)
public class AppointmentStatistics {

    private final JdbcTemplate jdbc;

    AppointmentStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The requests submitted to the office from {@code from} (included) to {@code to} (excluded) that have an
     * appointment, by request id.
     */
    public Map<Long, ScheduledRequest> ofRequestsSubmitted(long officeId, Instant from, Instant to) {
        Map<Long, ScheduledRequest> result = new HashMap<>();
        jdbc.query("""
                SELECT DISTINCT ON (a.request_id) a.request_id, a.mode,
                       min(a.letter_issued_at) OVER (PARTITION BY a.request_id) AS first_letter
                FROM appointment a JOIN consultation_request r ON r.id = a.request_id
                WHERE r.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ?
                ORDER BY a.request_id, a.created_at DESC""", rs -> {
            Timestamp letter = rs.getTimestamp("first_letter");
            long requestId = rs.getLong("request_id");
            result.put(requestId, new ScheduledRequest(requestId, ConsultationMode.valueOf(rs.getString("mode")),
                    letter == null ? null : letter.toInstant()));
        }, officeId, Timestamp.from(from), Timestamp.from(to));
        return result;
    }
}
