package id.konsultasi.disposition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.scheduling.RefusalLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A refused applicant gets the answer letter: an e-mail with the reason, and the letter on the office's
 * letterhead as a PDF. Sent after the decision is committed, through the outbox, so that a mail server
 * that is down never undoes the head's decision.
 */
@Component
class RefusalLetters {

    private static final Logger log = LoggerFactory.getLogger(RefusalLetters.class);
    static final String KIND = "REFUSAL_LETTER";

    private final ConsultationRequests requests;
    private final Dispositions dispositions;
    private final Offices offices;
    private final PdfRenderer renderer;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final RefusalLetter refusalLetter;

    RefusalLetters(ConsultationRequests requests, Dispositions dispositions, Offices offices, PdfRenderer renderer,
                   Outbox outbox, MessageSource messages, @Value("${konsultasi.base-url}") String baseUrl,
                   RefusalLetter refusalLetter) {
        this.refusalLetter = refusalLetter;
        this.requests = requests;
        this.dispositions = dispositions;
        this.offices = offices;
        this.renderer = renderer;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(RequestDisposed event) {
        if (event.decision() != DispositionDecision.REFUSED) {
            return;
        }
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        String email = request.getApplicant().getEmail();
        if (email == null || email.isBlank()) {
            log.info("request {} was refused; the applicant left no e-mail address", event.requestId());
            return;
        }
        Disposition disposition = dispositions.findById(event.dispositionId()).orElseThrow();
        Office office = offices.require(request.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("d", disposition);
        model.put("zone", office.zone());
        model.put("trackingUrl", baseUrl + "/lacak/" + request.getTrackingToken());
        String number = refusalLetter.number(request);
        model.put("letterNumber", number);
        byte[] letter = refusalLetter.pdf(request, number, disposition.getDecidedAt(), disposition.getRefusalReason(),
                disposition.getSignatory().getSigningPost(), disposition.getSignatory().getName());
        String subject = messages.getMessage("refusal.mail.subject", new Object[]{request.getReceiptNumber()},
                PdfRenderer.INDONESIAN);
        outbox.enqueue(new OutgoingMail(office.getId(), request.getId(), KIND, email, subject,
                renderer.html("mail/refusal-letter.txt", model), renderer.html("mail/refusal-letter", model),
                List.of(new OutgoingMail.Attachment(refusalLetter.filename(number), "application/pdf", letter))));
    }

}
