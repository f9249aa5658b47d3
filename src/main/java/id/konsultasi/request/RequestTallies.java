package id.konsultasi.request;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the rows that changes append to the dashboard's tallies (V34: every change of a request adds its
 * +1/-1 rows instead of updating a shared counter row, so that concurrent changes never wait for each other)
 * into one row per key, every minute, on one instance at a time. The sums stay the same, so a reader never
 * notices; what it saves is the rows a reader adds up.
 */
@Component
class RequestTallies {

    private static final Logger log = LoggerFactory.getLogger(RequestTallies.class);

    private final JdbcTemplate jdbc;

    RequestTallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${konsultasi.request.tally-compaction-interval:PT1M}")
    @SchedulerLock(name = "request-tally-compaction", lockAtMostFor = "PT10M")
    @Transactional
    public void compact() {
        // only the keys with more than one row (or a sum of zero) are rewritten: an idle office costs nothing
        int statuses = jdbc.update("""
                WITH folded AS (
                    DELETE FROM request_status_tally t
                    USING (SELECT office_id, division_id, status FROM request_status_tally
                           GROUP BY 1, 2, 3 HAVING count(*) > 1 OR sum(n) = 0) k
                    WHERE t.office_id = k.office_id AND t.division_id IS NOT DISTINCT FROM k.division_id
                      AND t.status = k.status
                    RETURNING t.office_id, t.division_id, t.status, t.n)
                INSERT INTO request_status_tally (office_id, division_id, status, n)
                SELECT office_id, division_id, status, sum(n) FROM folded GROUP BY 1, 2, 3 HAVING sum(n) <> 0""");
        int deadlines = jdbc.update("""
                WITH folded AS (
                    DELETE FROM request_deadline_tally t
                    USING (SELECT office_id, division_id, deadline, due_on FROM request_deadline_tally
                           GROUP BY 1, 2, 3, 4 HAVING count(*) > 1 OR sum(n) = 0) k
                    WHERE t.office_id = k.office_id AND t.division_id IS NOT DISTINCT FROM k.division_id
                      AND t.deadline = k.deadline AND t.due_on = k.due_on
                    RETURNING t.office_id, t.division_id, t.deadline, t.due_on, t.n)
                INSERT INTO request_deadline_tally (office_id, division_id, deadline, due_on, n)
                SELECT office_id, division_id, deadline, due_on, sum(n) FROM folded GROUP BY 1, 2, 3, 4
                HAVING sum(n) <> 0""");
        log.debug("Folded the dashboard tallies into {} status and {} deadline rows", statuses, deadlines);
    }
}
