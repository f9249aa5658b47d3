package id.konsultasi.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.konsultasi.notification.Deliveries;
import id.konsultasi.notification.MailStatus;
import id.konsultasi.request.ApplicantNotice;
import id.konsultasi.request.ApplicantNoticeSource;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request page's list of what the applicant has and has not been told: each message owed, its e-mail's state
 * (from the outbox), its WhatsApp messages sent by the Cloud API, and who told it by WhatsApp or handed it over.
 * Three statements (the appointment, the outbox, the tellings) whatever the number of messages. For whoever sees the
 * request (its office's staff), who may also tell.
 */
@Component
class ApplicantTold implements ApplicantNoticeSource {

    static final String PATH = "/staf/kabar/";

    private final ApplicantMessages messages;
    private final Deliveries deliveries;
    private final Tellings tellings;
    private final RequestAccess access;

    ApplicantTold(ApplicantMessages messages, Deliveries deliveries, Tellings tellings, RequestAccess access) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.tellings = tellings;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicantNotice> noticesFor(StaffPrincipal staff, ConsultationRequest request) {
        if (!access.canSee(staff, request)) {
            return List.of();
        }
        Optional<Appointment> appointment = messages.appointmentOf(request);
        List<Deliveries.Delivery> sent = deliveries.ofRequest(request.getId());
        List<Telling> told = tellings.findByRequestIdOrderByToldAt(request.getId());
        boolean whatsApp = ApplicantMessages.whatsAppNumber(request).isPresent();
        List<ApplicantNotice> notices = new ArrayList<>();
        for (MessageKind kind : messages.owed(request, appointment)) {
            Deliveries.Delivery mail = null;
            List<ApplicantNotice.Delivery> others = new ArrayList<>();
            for (Deliveries.Delivery d : sent) {
                if (!kind.isMailOf(d.kind())) {
                    continue;
                }
                if (!d.whatsApp()) {
                    mail = d; // the latest mail of this kind tells its state
                } else {
                    // the Cloud API's message: sent, or still waiting, or given up
                    others.add(new ApplicantNotice.Delivery(d.status() == MailStatus.SENT ? "told.channel.WHATSAPP_API"
                            : "told.channel.WHATSAPP_API_" + d.status().name(), null, d.sentAt()));
                }
            }
            for (Telling t : told) {
                if (t.getKind() == kind) {
                    others.add(new ApplicantNotice.Delivery(t.getChannel().labelKey(), t.getStaffName(), t.getToldAt()));
                }
            }
            String base = PATH + request.getId() + "/" + kind.name();
            notices.add(new ApplicantNotice(kind.name(), kind.labelKey(), mailState(mail, request),
                    mail != null && mail.status() == MailStatus.SENT ? mail.sentAt() : null, others,
                    whatsApp ? base + "/whatsapp" : null, kind.isLetter() ? base + "/diserahkan" : null));
        }
        return notices;
    }

    private static String mailState(Deliveries.Delivery mail, ConsultationRequest request) {
        if (mail != null) {
            return "told.mail." + mail.status().name();
        }
        return request.getApplicant().hasEmail() ? "told.mail.NONE" : "told.mail.NO_ADDRESS";
    }
}
