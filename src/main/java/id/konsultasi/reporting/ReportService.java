package id.konsultasi.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.konsultasi.consultation.ConsultationStatistics;
import id.konsultasi.consultation.HeldConsultation;
import id.konsultasi.feedback.FeedbackStatistics;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.Period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes an office's figures for a period from what the other modules recorded: requests and their
 * history, appointments (the answer letter), the guest book (the walk-ins); the consultations and their
 * reports as the consultation module answers for them ({@link ConsultationStatistics}, whose deadline rule
 * is the one the officers' and reviewers' lists use), and the feedback. A request counts in the period it
 * was submitted, a walk-in in the period it arrived.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private static final int LATE_LIST = 100;

    private final JdbcTemplate jdbc;
    private final Offices offices;
    private final WorkingDayCalendar calendars;
    private final FeedbackStatistics feedback;
    private final Clock clock;
    private final ConsultationStatistics consultations;

    ReportService(JdbcTemplate jdbc, Offices offices, WorkingDayCalendar calendars, FeedbackStatistics feedback,
                  Clock clock, ConsultationStatistics consultations) {
        this.consultations = consultations;
        this.jdbc = jdbc;
        this.offices = offices;
        this.calendars = calendars;
        this.feedback = feedback;
        this.clock = clock;
    }

    public OfficeReport report(long officeId, Period period) {
        Office office = offices.require(officeId);
        ZoneId zone = office.zone();
        Timestamp from = Timestamp.from(period.from().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant());
        OfficeCalendar calendar = calendars.forOffice(office);
        Instant now = clock.instant();
        Map<Long, HeldConsultation> held = consultations.held(officeId, period.from(), period.to()).stream()
                .collect(Collectors.toMap(HeldConsultation::requestId, Function.identity()));

        Map<String, Long> byChannel = zeros(Channel.values(), "channel.");
        Map<String, Long> byType = zeros(ApplicantType.values(), "applicantType.");
        Map<String, Long> byMode = zeros(ConsultationMode.values(), "consultationMode.");
        Map<String, Long> byStatus = zeros(RequestStatus.values(), "requestStatus.");
        Map<String, Long> byDivision = new LinkedHashMap<>();
        long[] total = new long[1];
        boolean viaDivision = office.getStandard().isDispositionViaDivision();
        // the division a request was disposed to; where the standard assigns without one (Buton), the division
        // of the lead officer the head assigned
        jdbc.query("""
                SELECT r.channel, r.applicant_type, r.status, COALESCE(d.name, ld.name) AS division,
                       lead.lead_officer_id IS NOT NULL AS has_lead,
                       COALESCE((SELECT a.mode FROM appointment a WHERE a.request_id = r.id
                                 ORDER BY a.created_at DESC LIMIT 1), r.preferred_mode) AS mode,
                       count(*) AS n
                FROM consultation_request r LEFT JOIN division d ON d.id = r.assigned_division_id
                     LEFT JOIN disposition_assignment lead ON lead.request_id = r.id
                     LEFT JOIN staff_user lu ON lu.id = lead.lead_officer_id
                     LEFT JOIN division ld ON ld.id = lu.division_id
                WHERE r.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ?
                GROUP BY 1, 2, 3, 4, 5, 6""", rs -> {
            long n = rs.getLong("n");
            total[0] += n;
            byChannel.merge("channel." + rs.getString("channel"), n, Long::sum);
            byType.merge("applicantType." + rs.getString("applicant_type"), n, Long::sum);
            byStatus.merge("requestStatus." + rs.getString("status"), n, Long::sum);
            if (rs.getString("mode") != null) {
                byMode.merge("consultationMode." + rs.getString("mode"), n, Long::sum);
            }
            String division = rs.getString("division");
            byDivision.merge(division != null ? division : rs.getBoolean("has_lead") ? OfficeReport.LEAD_WITHOUT_DIVISION
                    : viaDivision ? OfficeReport.NOT_DISPOSED : OfficeReport.NOT_ASSIGNED, n, Long::sum);
        }, officeId, from, to);

        List<LateItem> late = new ArrayList<>();
        Share[] shares = {new Share(0, 0, 0), new Share(0, 0, 0), new Share(0, 0, 0)};
        List<Double> answerHours = new ArrayList<>();
        List<Double> consultationDays = new ArrayList<>();
        double minutesPerDay = Duration.between(calendar.opening(), calendar.closing()).toMinutes();
        jdbc.query("""
                SELECT r.id, r.receipt_number, r.applicant_name, r.status, r.submitted_at, r.file_complete_at,
                       r.answer_due_at, r.consultation_due_at,
                       (SELECT min(a.letter_issued_at) FROM appointment a WHERE a.request_id = r.id) AS first_letter,
                       (SELECT min(h.at) FROM request_history h WHERE h.request_id = r.id AND h.to_status = 'REJECTED') AS rejected_at
                FROM consultation_request r
                WHERE r.office_id = ? AND r.submitted_at >= ? AND r.submitted_at < ?""", rs -> {
            RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
            Instant start = instant(rs.getTimestamp("file_complete_at"), rs.getTimestamp("submitted_at"));
            Instant letter = instant(rs.getTimestamp("first_letter"), null);
            Instant rejected = instant(rs.getTimestamp("rejected_at"), null);
            Instant answered = letter == null ? rejected : rejected == null ? letter : letter.isBefore(rejected) ? letter : rejected;
            long id = rs.getLong("id");
            HeldConsultation consultation = held.get(id);
            Instant heldAt = consultation == null ? null : consultation.actualStart();
            String receipt = rs.getString("receipt_number");
            String who = rs.getString("applicant_name");

            Instant answerDue = instant(rs.getTimestamp("answer_due_at"), null);
            if (answerDue != null && (answered != null || status != RequestStatus.CANCELLED)) {
                Outcome o = outcome(answered, answerDue, now);
                shares[0] = add(shares[0], o);
                if (o == Outcome.LATE || o == Outcome.OVERDUE) {
                    late.add(new LateItem(LateItem.Kind.ANSWER_LETTER, id, receipt, who, answerDue, answered));
                }
            }
            if (answered != null) {
                answerHours.add(calendar.workingMinutesBetween(start, answered) / 60.0);
            }
            Instant consultationDue = instant(rs.getTimestamp("consultation_due_at"), null);
            boolean officeCould = status != RequestStatus.CANCELLED && status != RequestStatus.REJECTED
                    && status != RequestStatus.NO_SHOW;
            if (consultationDue != null && (heldAt != null || officeCould)) {
                Outcome o = outcome(heldAt, consultationDue, now);
                shares[1] = add(shares[1], o);
                if (o == Outcome.LATE || o == Outcome.OVERDUE) {
                    late.add(new LateItem(LateItem.Kind.CONSULTATION, id, receipt, who, consultationDue, heldAt));
                }
            }
            if (consultation != null) {
                consultationDays.add(calendar.workingMinutesBetween(start, heldAt) / minutesPerDay);
                Outcome o = switch (consultation.reportOutcome()) {
                    case ON_TIME -> Outcome.ON_TIME;
                    case FILED_LATE -> Outcome.LATE;
                    case OVERDUE -> Outcome.OVERDUE;
                    case PENDING -> Outcome.PENDING;
                };
                shares[2] = add(shares[2], o);
                if (o == Outcome.LATE || o == Outcome.OVERDUE) {
                    late.add(new LateItem(LateItem.Kind.REPORT, id, receipt, who, consultation.reportDueAt(),
                            consultation.reportFiledAt()));
                }
            }
        }, officeId, from, to);

        Integer limit = office.getStandard().limits().walkInMinutes();
        Share walkIns = new Share(0, 0, 0);
        List<Double> waits = new ArrayList<>();
        if (limit != null) {
            for (Map<String, Object> v : jdbc.queryForList("""
                    SELECT id, request_id, receipt_number, guest_name, arrived_at, served_at, left_at
                    FROM guest_visit
                    WHERE office_id = ? AND arrived_at >= ? AND arrived_at < ? AND kind <> 'OTHER'""",
                    officeId, from, to)) {
                Instant arrived = ((Timestamp) v.get("arrived_at")).toInstant();
                Instant served = v.get("served_at") == null ? null : ((Timestamp) v.get("served_at")).toInstant();
                Instant due = calendar.workingMinutesAfter(arrived, limit).toInstant();
                Outcome o;
                if (served != null) {
                    long waited = calendar.workingMinutesBetween(arrived, served);
                    waits.add((double) waited);
                    o = waited <= limit ? Outcome.ON_TIME : Outcome.LATE;
                } else {
                    o = due.isBefore(now) ? Outcome.OVERDUE : Outcome.PENDING;
                }
                walkIns = add(walkIns, o);
                if (o == Outcome.LATE || o == Outcome.OVERDUE) {
                    late.add(new LateItem(LateItem.Kind.WALK_IN, v.get("request_id") == null ? null
                            : ((Number) v.get("request_id")).longValue(), (String) v.get("receipt_number"),
                            (String) v.get("guest_name"), due, served));
                }
            }
        }
        late.sort(Comparator.comparing(LateItem::due));
        return new OfficeReport(officeId, office.getName(), office.getZoneAbbreviation(), zone, period, total[0],
                byChannel, byType, byMode, byStatus, !viaDivision, byDivision, shares[0], shares[1], walkIns, shares[2],
                median(answerHours), median(consultationDays), median(waits),
                late.size() > LATE_LIST ? List.copyOf(late.subList(0, LATE_LIST)) : List.copyOf(late),
                feedback.complaints(officeId, period.from(), period.to()),
                feedback.satisfaction(officeId, period.from(), period.to()));
    }

    /** Every active office's report, for the system administrator. */
    public List<OfficeReport> allOffices(Period period) {
        return offices.findByActiveTrueOrderByName().stream().map(o -> report(o.getId(), period)).toList();
    }

    enum Outcome { ON_TIME, LATE, OVERDUE, PENDING }

    static Outcome outcome(Instant done, Instant due, Instant now) {
        if (done != null) {
            return done.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return due.isBefore(now) ? Outcome.OVERDUE : Outcome.PENDING;
    }

    static Share add(Share share, Outcome outcome) {
        return switch (outcome) {
            case ON_TIME -> new Share(share.onTime() + 1, share.late(), share.overdue());
            case LATE -> new Share(share.onTime(), share.late() + 1, share.overdue());
            case OVERDUE -> new Share(share.onTime(), share.late(), share.overdue() + 1);
            case PENDING -> share;
        };
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static Instant instant(Timestamp t, Timestamp fallback) {
        return t != null ? t.toInstant() : fallback == null ? null : fallback.toInstant();
    }

    private static <E extends Enum<E>> Map<String, Long> zeros(E[] values, String prefix) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (E e : values) {
            map.put(prefix + e.name(), 0L);
        }
        return map;
    }

}
