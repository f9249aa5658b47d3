package id.konsultasi.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The duty desks at this moment, for the operators' metrics; the walk-ins of a period, for the reports. */
@Service
@Transactional(readOnly = true)
public class DeskStatistics {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeskStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The guests waiting on each office's board (arrived today in the office's time zone, neither led to the
     * meeting room nor gone), per office id; one statement, a range of the board's index per office.
     */
    public Map<Long, Long> guestsWaitingPerOffice() {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("""
                SELECT o.id, count(v.id) AS waiting
                FROM office o
                JOIN guest_visit v ON v.office_id = o.id AND v.left_at IS NULL AND v.served_at IS NULL
                    AND v.arrived_at >= (date_trunc('day', CAST(? AS timestamptz) AT TIME ZONE o.time_zone)
                                         AT TIME ZONE o.time_zone)
                GROUP BY o.id""",
                rs -> {
                    result.put(rs.getLong("id"), rs.getLong("waiting"));
                }, Timestamp.from(clock.instant()));
        return result;
    }

    /**
     * The guests who arrived at the office's desk from {@code from} (included) to {@code to} (excluded) about a
     * consultation (every kind of visit but the other business), in one statement.
     */
    public List<WalkInVisit> walkIns(long officeId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT request_id, receipt_number, guest_name, arrived_at, served_at
                FROM guest_visit
                WHERE office_id = ? AND arrived_at >= ? AND arrived_at < ? AND kind <> 'OTHER'
                ORDER BY id""", (rs, row) -> {
            Timestamp served = rs.getTimestamp("served_at");
            return new WalkInVisit(rs.getObject("request_id", Long.class), rs.getString("receipt_number"),
                    rs.getString("guest_name"), rs.getTimestamp("arrived_at").toInstant(),
                    served == null ? null : served.toInstant());
        }, officeId, Timestamp.from(from), Timestamp.from(to));
    }
}
