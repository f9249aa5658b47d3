package id.konsultasi.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The duty desks at this moment, for the operators' metrics. */
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
}
