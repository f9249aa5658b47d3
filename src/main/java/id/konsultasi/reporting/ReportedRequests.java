package id.konsultasi.reporting;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.konsultasi.disposition.DispositionStatistics;
import id.konsultasi.disposition.LeadOfficer;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.request.RequestStatistics;
import id.konsultasi.request.SubmittedRequest;
import id.konsultasi.scheduling.AppointmentStatistics;
import id.konsultasi.scheduling.ScheduledRequest;

import org.springframework.stereotype.Component;

/**
 * The requests submitted in a period, each with what the scheduling, disposition and office modules know of
 * it: four statements, whatever the number of requests.
 */
@Component
class ReportedRequests {

    private final RequestStatistics requests;
    private final AppointmentStatistics appointments;
    private final DispositionStatistics dispositions;
    private final Divisions divisions;

    ReportedRequests(RequestStatistics requests, AppointmentStatistics appointments, DispositionStatistics dispositions,
                     Divisions divisions) {
        this.requests = requests;
        this.appointments = appointments;
        this.dispositions = dispositions;
        this.divisions = divisions;
    }

    /** The requests submitted to the office from {@code from} (included) to {@code to} (excluded). */
    List<ReportedRequest> submitted(long officeId, Instant from, Instant to) {
        List<SubmittedRequest> submitted = requests.submitted(officeId, from, to);
        Map<Long, ScheduledRequest> scheduled = appointments.ofRequestsSubmitted(officeId, from, to);
        Map<Long, LeadOfficer> leads = dispositions.leadOfficers(officeId, from, to);
        Map<Long, String> names = divisionNames(submitted, leads);
        return submitted.stream().map(r -> {
            LeadOfficer lead = leads.get(r.id());
            Long division = r.assignedDivisionId() != null ? r.assignedDivisionId() : lead == null ? null : lead.divisionId();
            return new ReportedRequest(r, scheduled.get(r.id()), lead, division == null ? null : names.get(division));
        }).toList();
    }

    private Map<Long, String> divisionNames(List<SubmittedRequest> submitted, Map<Long, LeadOfficer> leads) {
        Set<Long> ids = new HashSet<>();
        submitted.forEach(r -> ids.add(r.assignedDivisionId()));
        leads.values().forEach(l -> ids.add(l.divisionId()));
        ids.remove(null);
        return ids.isEmpty() ? Map.of() : divisions.findAllById(ids).stream()
                .collect(Collectors.toMap(Division::getId, Division::getName));
    }
}
