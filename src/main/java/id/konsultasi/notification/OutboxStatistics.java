package id.konsultasi.notification;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much mail waits in the outbox, for the operators' metrics: one statement over the mails not sent
 * ({@code V95}: a partial index of them, however many mails were sent before).
 */
@Service
@Transactional(readOnly = true)
public class OutboxStatistics {

    /** The office of a mail of the system itself (no office) in {@link #unsentPerOffice()}. */
    public static final long SYSTEM = 0;

    private final JdbcTemplate jdbc;

    OutboxStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Mails still to be sent (pending: waiting for their next attempt) and given up (failed), per office id. */
    public Map<Long, Unsent> unsentPerOffice() {
        Map<Long, Unsent> result = new HashMap<>();
        jdbc.query("""
                SELECT COALESCE(office_id, 0) AS office, count(*) FILTER (WHERE status = 'PENDING') AS pending,
                       count(*) FILTER (WHERE status = 'FAILED') AS failed
                FROM outbox_mail WHERE status <> 'SENT' GROUP BY 1""",
                rs -> {
                    result.put(rs.getLong("office"), new Unsent(rs.getLong("pending"), rs.getLong("failed")));
                });
        return result;
    }

    /** The unsent mails of one office. */
    public record Unsent(long pending, long failed) {

        public static final Unsent NONE = new Unsent(0, 0);
    }
}
