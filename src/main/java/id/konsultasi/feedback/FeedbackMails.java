package id.konsultasi.feedback;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail of this module, sent through the outbox after the change that caused it was committed: the
 * complaint's number and link, the office's answer, and the survey invitation when a consultation closes.
 * Each mail is a plain-text and an HTML template under {@code templates/mail/}, in Bahasa Indonesia.
 *
 * <p>The mail of an anonymous complaint is filed without its office, as a mail of the system: the office's
 * outbox page would otherwise show its officers the complainant's address.
 */
@Component
class FeedbackMails {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String COMPLAINT_RECEIVED = "COMPLAINT_RECEIVED";
    static final String COMPLAINT_ANSWERED = "COMPLAINT_ANSWERED";
    static final String SURVEY_INVITATION = "SURVEY_INVITATION";

    private final Complaints complaints;
    private final SurveyService surveys;
    private final Offices offices;
    private final Outbox outbox;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final String baseUrl;

    FeedbackMails(Complaints complaints, SurveyService surveys, Offices offices, Outbox outbox,
                  ITemplateEngine templates, MessageSource messages, @Value("${konsultasi.base-url}") String baseUrl) {
        this.complaints = complaints;
        this.surveys = surveys;
        this.offices = offices;
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void complaintFiled(ComplaintFiled event) {
        complaints.findById(event.complaintId()).filter(Complaint::isContactableByEmail)
                .ifPresent(c -> send(c, COMPLAINT_RECEIVED, "mail/complaint-received",
                        subject("mail.complaintReceived.subject", c.getNumber()), event));
    }

    @ApplicationModuleListener
    void complaintAnswered(ComplaintAnswered event) {
        complaints.findById(event.complaintId()).filter(Complaint::isContactableByEmail)
                .ifPresent(c -> send(c, COMPLAINT_ANSWERED, "mail/complaint-answered",
                        subject("mail.complaintAnswered.subject", c.getNumber()), event));
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
            String subject = subject("mail.surveyInvitation.subject", invitee.receiptNumber());
            model.put("subject", subject);
            outbox.enqueue(new OutgoingMail(office.getId(), invitee.requestId(), SURVEY_INVITATION, invitee.email(),
                    subject, render("mail/survey-invitation.txt", model), render("mail/survey-invitation", model),
                    null).causedBy(event));
        });
    }

    private void send(Complaint complaint, String kind, String template, String subject, Object event) {
        Office office = offices.require(complaint.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("c", complaint);
        model.put("name", complaint.isAnonymous() ? null : complaint.getComplainantName());
        model.put("zone", office.getZoneAbbreviation());
        model.put("receivedAt", complaint.getReceivedAt().atZone(office.zone()));
        model.put("dueAt", complaint.getDueAt().atZone(office.zone()));
        model.put("link", baseUrl + "/lacak/pengaduan/" + complaint.getTrackingToken());
        model.put("subject", subject);
        Long officeId = complaint.isAnonymous() ? null : office.getId();
        Long requestId = complaint.isAnonymous() ? null : complaint.getRequestId();
        outbox.enqueue(new OutgoingMail(officeId, requestId, kind, complaint.getEmail(), subject,
                render(template + ".txt", model), render(template, model), null).causedBy(event));
    }

    private String subject(String key, String number) {
        return messages.getMessage(key, new Object[]{number}, INDONESIAN);
    }

    private String render(String template, Map<String, Object> model) {
        return templates.process(template, new Context(INDONESIAN, model));
    }
}
