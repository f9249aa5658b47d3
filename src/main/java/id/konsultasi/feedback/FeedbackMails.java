package id.konsultasi.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import id.konsultasi.shared.PublicAddress;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail of this module, sent through the outbox after the change that caused it was committed: the
 * complaint's number and link, the office's answer, and the survey invitation when a consultation closes.
 * Each mail is a plain-text and an HTML template under {@code templates/mail/}. The survey invitation is in the
 * language the applicant wrote the request in; the complaint mails in the language of the complaint form.
 *
 * <p>The mail of an anonymous complaint is filed without its office, as a mail of the system: the office's
 * outbox page would otherwise show its officers the complainant's address.
 */
@Component
class FeedbackMails {

    static final String COMPLAINT_RECEIVED = "COMPLAINT_RECEIVED";
    static final String COMPLAINT_ANSWERED = "COMPLAINT_ANSWERED";
    static final String SURVEY_INVITATION = "SURVEY_INVITATION";

    private final Complaints complaints;
    private final SurveyService surveys;
    private final Offices offices;
    private final Outbox outbox;
    private final MailComposer composer;
    private final WrittenDates dates;
    private final String baseUrl;

    FeedbackMails(Complaints complaints, SurveyService surveys, Offices offices, Outbox outbox, MailComposer composer,
                  WrittenDates dates, PublicAddress address) {
        this.complaints = complaints;
        this.surveys = surveys;
        this.offices = offices;
        this.outbox = outbox;
        this.composer = composer;
        this.dates = dates;
        this.baseUrl = address.base();
    }

    @ApplicationModuleListener
    void complaintFiled(ComplaintFiled event) {
        complaints.findById(event.complaintId()).filter(Complaint::isContactableByEmail)
                .ifPresent(c -> send(c, COMPLAINT_RECEIVED, "complaint-received", event));
    }

    @ApplicationModuleListener
    void complaintAnswered(ComplaintAnswered event) {
        complaints.findById(event.complaintId()).filter(Complaint::isContactableByEmail)
                .ifPresent(c -> send(c, COMPLAINT_ANSWERED, "complaint-answered", event));
    }

    @ApplicationModuleListener
    void consultationClosed(RequestStatusChanged event) {
        if (event.to() != RequestStatus.CLOSED) {
            return;
        }
        surveys.invite(event.requestId()).ifPresent(invitee -> {
            Office office = offices.require(invitee.officeId());
            Map<String, Object> model = new HashMap<>();
            model.put("office", office);
            model.put("name", invitee.name());
            model.put("receiptNumber", invitee.receiptNumber());
            model.put("link", baseUrl + "/lacak/" + invitee.trackingToken() + "/survei");
            outbox.enqueue(composer.compose(office.getId(), invitee.requestId(), SURVEY_INVITATION, invitee.email(),
                    "survey-invitation", new Object[]{invitee.receiptNumber()}, model, List.of(), invitee.locale())
                    .causedBy(event));
        });
    }

    /** In the language the complainant wrote in. */
    private void send(Complaint complaint, String kind, String template, Object event) {
        Office office = offices.require(complaint.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("c", complaint);
        model.put("name", complaint.isAnonymous() ? null : complaint.getComplainantName());
        model.put("receivedAt", dates.dayAndTime(complaint.getReceivedAt(), office, complaint.getLocale()));
        model.put("dueAt", dates.dayAndTime(complaint.getDueAt(), office, complaint.getLocale()));
        model.put("link", baseUrl + "/lacak/pengaduan/" + complaint.getTrackingToken());
        Long officeId = complaint.isAnonymous() ? null : office.getId();
        Long requestId = complaint.isAnonymous() ? null : complaint.getRequestId();
        outbox.enqueue(composer.compose(officeId, requestId, kind, complaint.getEmail(), template,
                new Object[]{complaint.getNumber()}, model, List.of(), complaint.getLocale()).causedBy(event));
    }
}
