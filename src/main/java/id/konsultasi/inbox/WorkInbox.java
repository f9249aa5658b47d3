package id.konsultasi.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.konsultasi.consultation.ReportLists;
import id.konsultasi.desk.WaitingBoard;
import id.konsultasi.disposition.Worklists;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.FeedbackAccess;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.request.RequestWorklist;
import id.konsultasi.scheduling.Appointments;
import id.konsultasi.shared.DueCounts;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.ActingHeads;
import id.konsultasi.shared.web.PerRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that waits for one staff member, by kind ({@link WorkKind}), each kind counted by the module that owns
 * its list with one statement, whatever the number of items; asked once per request (the page and the navigation's
 * badges share it). Who sees which kind: the head or the acting official (Plh/Plt) the decisions, the head the
 * reports to acknowledge; the division head the assignments and the reports to review; an officer (or a division head
 * serving personally) the requests to schedule, today's consultations, the urgent walk-ins routed to them and the
 * reports to write; the duty desk the guests waiting; whoever answers complaints the complaints.
 */
@Service
@Transactional(readOnly = true)
public class WorkInbox {

    private static final String KEPT = WorkInbox.class.getName() + ".groups";

    private final Worklists worklists;
    private final RequestWorklist requests;
    private final ReportLists reports;
    private final Appointments appointments;
    private final WaitingBoard board;
    private final ComplaintService complaints;
    private final FeedbackAccess feedbackAccess;
    private final OfficeDirectory offices;
    private final ActingHeads acting;
    private final Clock clock;

    WorkInbox(Worklists worklists, RequestWorklist requests, ReportLists reports, Appointments appointments,
              WaitingBoard board, ComplaintService complaints, FeedbackAccess feedbackAccess, OfficeDirectory offices,
              ActingHeads acting, Clock clock) {
        this.worklists = worklists;
        this.requests = requests;
        this.reports = reports;
        this.appointments = appointments;
        this.board = board;
        this.complaints = complaints;
        this.feedbackAccess = feedbackAccess;
        this.offices = offices;
        this.acting = acting;
        this.clock = clock;
    }

    /** What waits for this person, every kind of theirs, with nothing waiting too; kept for the rest of the request. */
    public List<WorkItemGroup> groups(StaffPrincipal staff) {
        return PerRequest.kept(KEPT + "." + staff.id(), () -> count(staff));
    }

    private List<WorkItemGroup> count(StaffPrincipal staff) {
        List<WorkItemGroup> groups = new ArrayList<>();
        if (staff.officeId() == null) {
            return groups;
        }
        ZoneId zone = offices.office(staff.officeId()).zone();
        DueCounts.Today today = DueCounts.Today.of(clock, zone);
        if (staff.has(Role.KADIS) || acting.actsForTheHead(staff)) {
            groups.add(new WorkItemGroup(WorkKind.DECISIONS, worklists.headWaiting(staff, today)));
        }
        if (staff.has(Role.KADIS)) {
            groups.add(WorkItemGroup.counted(WorkKind.REPORTS_TO_ACKNOWLEDGE,
                    reports.countWaitingForHead(staff)));
        }
        if (staff.has(Role.KABID) && staff.divisionId() != null) {
            groups.add(new WorkItemGroup(WorkKind.ASSIGNMENTS, worklists.divisionWaiting(staff, today)));
            groups.add(WorkItemGroup.counted(WorkKind.REPORTS_TO_REVIEW,
                    reports.countWaitingForDivisionHead(staff)));
        }
        if (staff.has(Role.PETUGAS) || staff.has(Role.KABID)) {
            RequestWorklist.OfficerCounts assigned = requests.officerCounts(staff.id(), today);
            groups.add(new WorkItemGroup(WorkKind.REQUESTS_TO_SCHEDULE, assigned.toSchedule()));
            Instant startOfToday = LocalDate.ofInstant(today.now(), zone).atStartOfDay(zone).toInstant();
            long appointmentsToday = appointments.countOfOfficerBetween(staff.id(), startOfToday, today.endOfToday());
            groups.add(new WorkItemGroup(WorkKind.CONSULTATIONS_TODAY,
                    DueCounts.allToday(appointmentsToday + assigned.servedAtOnce())));
            groups.add(new WorkItemGroup(WorkKind.WALK_INS_FOR_ME, board.waitingCounts(staff, true)));
            groups.add(new WorkItemGroup(WorkKind.REPORTS_TO_WRITE, reports.countToWrite(staff, today)));
        }
        if (feedbackAccess.canHandleComplaints(staff)) {
            groups.add(new WorkItemGroup(WorkKind.COMPLAINTS, complaints.countToAnswer(staff, today)));
        }
        if (staff.has(Role.PIKET)) {
            groups.add(new WorkItemGroup(WorkKind.WALK_INS_WAITING, board.waitingCounts(staff, false)));
        }
        return List.copyOf(groups);
    }
}
