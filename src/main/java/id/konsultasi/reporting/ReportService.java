package id.konsultasi.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.consultation.ConsultationStatistics;
import id.konsultasi.consultation.HeldConsultation;
import id.konsultasi.desk.DeskStatistics;
import id.konsultasi.feedback.FeedbackStatistics;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.shared.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an office's figures for a period by asking the modules that record them: the requests with their
 * appointments, lead officers and divisions ({@link ReportedRequests}), the walk-ins ({@link DeskStatistics}),
 * the consultations and their reports ({@link ConsultationStatistics}, whose deadline rule is the one the officers' and
 * reviewers' lists use), and the feedback. A request counts in the period it was submitted, a walk-in in the
 * period it arrived. Each answer is one or two statements, whatever the number of requests.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private static final int LATE_LIST = 100;

    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final Clock clock;
    private final ReportedRequests requests;
    private final ConsultationStatistics consultations;
    private final DeskStatistics desk;
    private final FeedbackStatistics feedback;

    ReportService(Offices offices, WorkingDayCalendar calendars, Clock clock, ReportedRequests requests,
                  ConsultationStatistics consultations, DeskStatistics desk, FeedbackStatistics feedback) {
        this.offices = offices;
        this.calendars = calendars;
        this.clock = clock;
        this.requests = requests;
        this.consultations = consultations;
        this.desk = desk;
        this.feedback = feedback;
    }

    public OfficeReport report(long officeId, Period period) {
        Office office = offices.require(officeId);
        ZoneId zone = office.zone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<ReportedRequest> submitted = requests.submitted(officeId, from, to);
        boolean viaDivision = office.getStandard().isDispositionViaDivision();
        RequestCounts counts = new RequestCounts(viaDivision);
        submitted.forEach(counts::add);
        Timeliness timeliness = timeliness(office, period, submitted, from, to);
        return new OfficeReport(officeId, office.getName(), office.getZoneAbbreviation(), zone, period, counts.total,
                counts.byChannel, counts.byType, counts.byMode, counts.byStatus, !viaDivision, counts.byDivision,
                timeliness.answerLetters, timeliness.consultations, timeliness.walkIns, timeliness.reports,
                Timeliness.median(timeliness.answerHours), Timeliness.median(timeliness.consultationDays),
                Timeliness.median(timeliness.walkInWaits), timeliness.late(LATE_LIST),
                feedback.complaints(officeId, period.from(), period.to()),
                feedback.satisfaction(officeId, period.from(), period.to()));
    }

    /** The answer letters, consultations and reports of the requests, then the walk-ins of the period. */
    private Timeliness timeliness(Office office, Period period, List<ReportedRequest> submitted, Instant from,
                                  Instant to) {
        Map<Long, HeldConsultation> held = consultations.held(office.getId(), period.from(), period.to()).stream()
                .collect(Collectors.toMap(HeldConsultation::requestId, Function.identity()));
        Timeliness timeliness = new Timeliness(calendars.forOffice(office), clock.instant());
        submitted.forEach(r -> timeliness.add(r, held.get(r.request().id())));
        Integer limit = office.getStandard().limits().walkInMinutes();
        if (limit != null) {
            desk.walkIns(office.getId(), from, to).forEach(visit -> timeliness.add(visit, limit));
        }
        return timeliness;
    }

    /** Every active office's report, for the system administrator. */
    public List<OfficeReport> allOffices(Period period) {
        return offices.findByActiveTrueOrderByName().stream().map(o -> report(o.getId(), period)).toList();
    }

}
