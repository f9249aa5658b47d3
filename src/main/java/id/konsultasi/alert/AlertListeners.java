package id.konsultasi.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.consultation.ReportFiled;
import id.konsultasi.consultation.ReportForwarded;
import id.konsultasi.desk.GuestLedIn;
import id.konsultasi.disposition.OfficersAssigned;
import id.konsultasi.feedback.ComplaintFiled;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import id.konsultasi.request.RequestSubmitted;
import id.konsultasi.request.UrgentWalkInRouted;
import id.konsultasi.request.VisitorCheckedIn;
import id.konsultasi.shared.security.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' events into notifications, synchronously: each is written in the transaction of what caused
 * it, so that it exists exactly when its cause was committed. A step taken resolves the notices that asked for it
 * (a decision made is no longer news to the head's deputy).
 */
@Component
class AlertListeners {

    private final Notices notices;
    private final Recipients recipients;
    private final ConsultationRequests requests;
    private final StaffNotifications notifications;
    private final Offices offices;
    private final Clock clock;

    AlertListeners(Notices notices, Recipients recipients, ConsultationRequests requests,
                   StaffNotifications notifications, Offices offices, Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.requests = requests;
        this.notifications = notifications;
        this.offices = offices;
        this.clock = clock;
    }

    /**
     * At the desk or from a letter a request is registered at once: it waits for the head's decision; except an urgent
     * walk-in where the office's standard sends it from the desk straight to an officer, in the same transaction.
     */
    @EventListener
    void on(RequestSubmitted event) {
        if (event.channel() == Channel.ONLINE) {
            return; // the secretariat registers it first (RequestStatusChanged to RECEIVED)
        }
        requests.findById(event.requestId()).filter(r -> r.getStatus() == RequestStatus.RECEIVED)
                .filter(r -> !(r.isUrgent() && event.channel() == Channel.WALK_IN
                        && offices.require(r.getOfficeId()).getStandard().isUrgentWalkInWithoutLetter()))
                .ifPresent(r -> notices.send(about(r, NoticeKind.DECISION_WAITING, event),
                        recipients.deciders(r.getOfficeId())));
    }

    @EventListener
    void on(RequestStatusChanged event) {
        if (event.from() == RequestStatus.RECEIVED && event.to() != RequestStatus.RECEIVED) {
            notifications.resolve(event.requestId(), Set.of(NoticeKind.DECISION_WAITING), clock.instant());
        }
        if (event.from() == RequestStatus.DISPOSED && event.to() != RequestStatus.DISPOSED) {
            notifications.resolve(event.requestId(), Set.of(NoticeKind.ASSIGNMENT_WAITING), clock.instant());
        }
        if (event.from() == RequestStatus.REPORTED && event.to() != RequestStatus.REPORTED) {
            notifications.resolve(event.requestId(), Set.of(NoticeKind.REPORT_FILED, NoticeKind.REPORT_FORWARDED),
                    clock.instant());
        }
        NoticeKind kind = kindOf(event.from(), event.to());
        if (kind == null) {
            return;
        }
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        Collection<StaffUser> people = switch (kind) {
            case DECISION_WAITING -> recipients.deciders(r.getOfficeId());
            case ASSIGNMENT_WAITING -> recipients.divisionHeads(r.getOfficeId(), r.getAssignedDivisionId());
            default -> recipients.people(r.getAssigneeIds());
        };
        notices.send(about(r, kind, event), people);
    }

    /** What a change of status tells whom: null when nobody needs to hear of it. */
    private static NoticeKind kindOf(RequestStatus from, RequestStatus to) {
        if (to == RequestStatus.RECEIVED && from != RequestStatus.RECEIVED) {
            return NoticeKind.DECISION_WAITING;
        }
        if (to == RequestStatus.DISPOSED) {
            return NoticeKind.ASSIGNMENT_WAITING;
        }
        if (from == RequestStatus.REPORTED && to == RequestStatus.HELD) {
            return NoticeKind.REPORT_RETURNED;
        }
        if (from == RequestStatus.REPORTED && to == RequestStatus.CLOSED) {
            return NoticeKind.REPORT_ACKNOWLEDGED;
        }
        return null;
    }

    @EventListener
    void on(OfficersAssigned event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        notices.send(about(r, NoticeKind.ASSIGNED_LEAD, event), recipients.people(List.of(event.leadOfficerId())));
        notices.send(about(r, NoticeKind.ASSIGNED_COMPANION, event), recipients.people(event.companionIds()));
    }

    @EventListener
    void on(UrgentWalkInRouted event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        notices.send(about(r, NoticeKind.URGENT_WALK_IN, event), recipients.people(List.of(event.officerId())));
    }

    @EventListener
    void on(VisitorCheckedIn event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        notices.send(about(r, NoticeKind.VISITOR_ARRIVED, event), recipients.people(r.getAssigneeIds()));
    }

    @EventListener
    void on(GuestLedIn event) {
        if (event.requestId() == null) {
            return;
        }
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        List<String> arguments = new ArrayList<>(arguments(r));
        arguments.add(event.room() == null ? "-" : event.room());
        notices.send(new Notice(r.getOfficeId(), NoticeKind.VISITOR_LED_IN, r.getId(), Notice.causeOf(event),
                arguments, requestLink(r)), recipients.people(r.getAssigneeIds()));
    }

    @EventListener
    void on(ReportFiled event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        notices.send(about(r, NoticeKind.REPORT_FILED, event), event.divisionId() != null
                ? recipients.divisionHeads(r.getOfficeId(), event.divisionId())
                : recipients.deciders(r.getOfficeId()));
    }

    @EventListener
    void on(ReportForwarded event) {
        notifications.resolve(event.requestId(), Set.of(NoticeKind.REPORT_FILED), clock.instant());
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        notices.send(about(r, NoticeKind.REPORT_FORWARDED, event), recipients.deciders(r.getOfficeId()));
    }

    @EventListener
    void on(ComplaintFiled event) {
        notices.send(new Notice(event.officeId(), NoticeKind.COMPLAINT_FILED, event.complaintId(),
                        Notice.causeOf(event), List.of(event.number()), complaintLink(event.complaintId())),
                recipients.withRoles(event.officeId(), EnumSet.of(Role.SEKRETARIAT, Role.OFFICE_ADMIN)));
    }

    private static Notice about(ConsultationRequest r, NoticeKind kind, Object event) {
        return new Notice(r.getOfficeId(), kind, r.getId(), Notice.causeOf(event), arguments(r), requestLink(r));
    }

    /** The request as a notice names it: its receipt number (or, before it has one, the applicant) and its topic. */
    static List<String> arguments(ConsultationRequest r) {
        String name = r.getReceiptNumber() != null ? r.getReceiptNumber() : r.getApplicant().getDisplayName();
        return List.of(name, r.getTopic() == null ? "" : r.getTopic());
    }

    static String requestLink(ConsultationRequest r) {
        return "/staf/permohonan/" + r.getId();
    }

    static String complaintLink(long complaintId) {
        return "/staf/pengaduan/" + complaintId;
    }
}
