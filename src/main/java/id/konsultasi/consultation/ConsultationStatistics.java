package id.konsultasi.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.konsultasi.office.Offices;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations of one office for the reports, answered by the module that records them (as
 * {@code feedback.FeedbackStatistics} answers for complaints and the survey): when each took place, when its
 * report was due and first filed, and whether that was on time, by {@link ReportDeadline}. A period is a range
 * of days, both included, in the office's own time zone; like every figure of the reports, a consultation
 * counts in the period its request was submitted. One query.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationStatistics {

    private final JdbcTemplate jdbc;
    private final Offices offices;
    private final Clock clock;

    ConsultationStatistics(JdbcTemplate jdbc, Offices offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
    }

    /** The consultations recorded as held of the requests submitted to the office in the period. */
    public List<HeldConsultation> held(long officeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
        ZoneId zone = offices.require(officeId).zone();
        Instant now = clock.instant();
        return jdbc.query("""
                SELECT c.request_id, c.actual_start, c.actual_end, c.report_due_at, c.first_reported_at
                FROM consultation_record c JOIN consultation_request r ON r.id = c.request_id
                WHERE c.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ? AND c.report_due_at IS NOT NULL
                ORDER BY c.request_id""", (rs, row) -> {
            ReportDeadline report = new ReportDeadline(instant(rs.getTimestamp("report_due_at")),
                    instant(rs.getTimestamp("first_reported_at")));
            return new HeldConsultation(rs.getLong("request_id"), instant(rs.getTimestamp("actual_start")),
                    instant(rs.getTimestamp("actual_end")), report.dueAt(), report.firstFiledAt(), report.outcome(now));
        }, officeId, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
