package id.konsultasi.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestMarkedIncomplete;
import id.konsultasi.request.RequestSubmitted;
import id.konsultasi.request.TrackingLinkRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the applicant receives by e-mail about the request itself: the receipt (with its PDF, made when the
 * mail is sent), the notice that the file is incomplete, and the tracking link asked for again. Written after
 * the change is committed; queued in the outbox, which retries while the mail server is down. Each is in the
 * language the applicant wrote the request in, its dates in the office's time zone.
 */
@Component
class ApplicantMails {

    private final ConsultationRequests requests;
    private final Offices offices;
    private final ReceiptDocument receipts;
    private final MailComposer composer;
    private final Outbox outbox;
    private final WrittenDates dates;

    ApplicantMails(ConsultationRequests requests, Offices offices, ReceiptDocument receipts, MailComposer composer,
                   Outbox outbox, WrittenDates dates) {
        this.dates = dates;
        this.requests = requests;
        this.offices = offices;
        this.receipts = receipts;
        this.composer = composer;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(RequestSubmitted event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        if (r.getApplicant().getEmail() == null) {
            return;
        }
        Office office = offices.require(r.getOfficeId());
        Map<String, Object> model = model(r, office);
        model.put("submittedAt", dates.dayAndTime(r.getSubmittedAt(), office, r.getApplicant().getLocale()));
        model.put("answerDue", dates.dayAndTime(r.getAnswerDueAt(), office, r.getApplicant().getLocale()));
        model.put("consultationDue", dates.dayAndTime(r.getConsultationDueAt(), office, r.getApplicant().getLocale()));
        outbox.enqueue(composer.compose(office.getId(), r.getId(), "RECEIPT", r.getApplicant().getEmail(), "receipt",
                new Object[]{r.getReceiptNumber()}, model, List.of(OutgoingMail.Attachment.madeWhenSent(
                        receipts.filename(r), "application/pdf", ReceiptDocument.SOURCE, String.valueOf(r.getId()))),
                r.getApplicant().getLocale()).causedBy(event));
    }

    @ApplicationModuleListener
    void on(RequestMarkedIncomplete event) {
        ConsultationRequest r = requests.findById(event.requestId()).orElseThrow();
        if (r.getApplicant().getEmail() == null) {
            return;
        }
        Office office = offices.require(r.getOfficeId());
        Map<String, Object> model = model(r, office);
        model.put("reason", event.reason());
        outbox.enqueue(composer.compose(office.getId(), r.getId(), "INCOMPLETE", r.getApplicant().getEmail(),
                "incomplete", new Object[]{r.getReceiptNumber()}, model, List.of(), r.getApplicant().getLocale())
                .causedBy(event));
    }

    @ApplicationModuleListener
    void on(TrackingLinkRequested event) {
        for (long requestId : event.requestIds()) {
            ConsultationRequest r = requests.findById(requestId).orElseThrow();
            Office office = offices.require(r.getOfficeId());
            outbox.enqueue(composer.compose(office.getId(), r.getId(), "TRACKING_LINK", r.getApplicant().getEmail(),
                    "tracking-link", new Object[]{r.getReceiptNumber()}, model(r, office), List.of(),
                    r.getApplicant().getLocale()).causedBy(event));
        }
    }

    private Map<String, Object> model(ConsultationRequest r, Office office) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", r);
        model.put("office", office);
        model.put("trackingUrl", receipts.trackingUrl(r.getTrackingToken()));
        return model;
    }
}
