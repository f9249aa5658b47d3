package id.konsultasi.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentFile;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.request.RequestStatusChanged;
import id.konsultasi.request.TrackingLinks;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the head has acknowledged the report (the request closed), the applicant gets the closing letter
 * by e-mail with the files the officer released, queued in the outbox after the decision is committed. The mail is in
 * the language the applicant wrote the request in; the letter, official, stays Indonesian.
 */
@Component
class ClosingMails {

    private final ConsultationRecords records;
    private final ConsultationRequests requests;
    private final RequestService requestService;
    private final Offices offices;
    private final ClosingLetter letters;
    private final MailComposer composer;
    private final Outbox outbox;
    private final TrackingLinks links;

    ClosingMails(ConsultationRecords records, ConsultationRequests requests, RequestService requestService,
                 Offices offices, ClosingLetter letters, MailComposer composer, Outbox outbox, TrackingLinks links) {
        this.records = records;
        this.requests = requests;
        this.requestService = requestService;
        this.offices = offices;
        this.letters = letters;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(RequestStatusChanged event) {
        if (event.to() != RequestStatus.CLOSED) {
            return;
        }
        ConsultationRecord record = records.findByRequestId(event.requestId())
                .filter(r -> r.getStage() == RecordStage.ACKNOWLEDGED).orElse(null);
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        String email = request.getApplicant().getEmail();
        if (record == null || email == null) {
            return;
        }
        Office office = offices.require(request.getOfficeId());
        List<HandoverFile> files = letters.releasedFiles(record);
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        attachments.add(new OutgoingMail.Attachment(letters.filename(record, request), "application/pdf",
                letters.pdf(record, request)));
        for (HandoverFile file : files) {
            DocumentFile content = requestService.handoverFile(request.getId(), file.getDocumentId());
            attachments.add(new OutgoingMail.Attachment(content.filename(), content.contentType(), content.content()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("c", record);
        model.put("files", files);
        model.put("trackingUrl", links.url(request.getTrackingToken()));
        outbox.enqueue(composer.compose(office.getId(), request.getId(), "CLOSING_LETTER", email, "closing-letter",
                new Object[]{request.getReceiptNumber()}, model, attachments, request.getApplicant().getLocale())
                .causedBy(event));
    }
}
