package id.konsultasi.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests of one office for the reports, answered by the module that records them (as
 * {@code FeedbackStatistics} answers for the feedback): one statement, whatever the number of requests.
 */
@Service
@Transactional(readOnly = true)
public class RequestStatistics {

    private final JdbcTemplate jdbc;

    RequestStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests submitted to the office from {@code from} (included) to {@code to} (excluded). */
    public List<SubmittedRequest> submitted(long officeId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT r.id, r.receipt_number, r.applicant_name, r.channel, r.applicant_type, r.status,
                       r.preferred_mode, r.assigned_division_id, COALESCE(r.file_complete_at, r.submitted_at) AS started_at,
                       r.answer_due_at, r.consultation_due_at,
                       (SELECT min(h.at) FROM request_history h WHERE h.request_id = r.id AND h.to_status = 'REJECTED') AS rejected_at
                FROM consultation_request r
                WHERE r.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ?
                ORDER BY r.id""", (rs, row) -> new SubmittedRequest(rs.getLong("id"), rs.getString("receipt_number"),
                rs.getString("applicant_name"), Channel.valueOf(rs.getString("channel")),
                ApplicantType.valueOf(rs.getString("applicant_type")), RequestStatus.valueOf(rs.getString("status")),
                rs.getString("preferred_mode") == null ? null : ConsultationMode.valueOf(rs.getString("preferred_mode")),
                rs.getObject("assigned_division_id", Long.class), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("answer_due_at")), instant(rs.getTimestamp("consultation_due_at")),
                instant(rs.getTimestamp("rejected_at"))), officeId, Timestamp.from(from), Timestamp.from(to));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
