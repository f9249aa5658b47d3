package id.konsultasi.disposition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.account.StaffUsers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assignments of one office's requests, for the reports: two statements, whatever their number. */
@Service
@Transactional(readOnly = true)
public class DispositionStatistics {

    private final JdbcTemplate jdbc;
    private final StaffUsers staff;

    DispositionStatistics(JdbcTemplate jdbc, StaffUsers staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * The lead officers of the requests submitted to the office from {@code from} (included) to {@code to}
     * (excluded) that were assigned, by request id.
     */
    public Map<Long, LeadOfficer> leadOfficers(long officeId, Instant from, Instant to) {
        Map<Long, Long> leads = new HashMap<>();
        jdbc.query("""
                SELECT a.request_id, a.lead_officer_id
                FROM disposition_assignment a JOIN consultation_request r ON r.id = a.request_id
                WHERE r.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ?""",
                rs -> {
                    leads.put(rs.getLong("request_id"), rs.getLong("lead_officer_id"));
                }, officeId, Timestamp.from(from), Timestamp.from(to));
        Map<Long, Long> divisions = leads.isEmpty() ? Map.of() : staff.divisionsOf(Set.copyOf(leads.values())).stream()
                .collect(Collectors.toMap(StaffUsers.DivisionOf::getId, StaffUsers.DivisionOf::getDivisionId));
        Map<Long, LeadOfficer> result = new HashMap<>();
        leads.forEach((request, officer) -> result.put(request, new LeadOfficer(request, officer, divisions.get(officer))));
        return result;
    }
}
