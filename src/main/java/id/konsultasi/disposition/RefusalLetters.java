package id.konsultasi.disposition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.konsultasi.notification.MailComposer;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.scheduling.RefusalLetter;
import id.konsultasi.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A refused applicant gets the answer letter: an e-mail with the reason, in the language the applicant wrote the
 * request in, and the letter on the office's letterhead as a PDF, in Bahasa Indonesia. Sent after the decision is committed, through the outbox, so that a mail server
 * that is down never undoes the head's decision. The same numbered letter is printed again by the staff
 * (for an applicant without an e-mail address, the only way it reaches them) and from the tracking page.
 */
@Component
public class RefusalLetters {

    private static final Logger log = LoggerFactory.getLogger(RefusalLetters.class);
    static final String KIND = "REFUSAL_LETTER";

    private final ConsultationRequests requests;
    private final Dispositions dispositions;
    private final Offices offices;
    private final MailComposer composer;
    private final Outbox outbox;
    private final String baseUrl;
    private final RefusalLetter refusalLetter;

    RefusalLetters(ConsultationRequests requests, Dispositions dispositions, Offices offices, MailComposer composer,
                   Outbox outbox, PublicAddress address, RefusalLetter refusalLetter) {
        this.refusalLetter = refusalLetter;
        this.requests = requests;
        this.dispositions = dispositions;
        this.offices = offices;
        this.composer = composer;
        this.outbox = outbox;
        this.baseUrl = address.base();
    }

    @ApplicationModuleListener
    void on(RequestDisposed event) {
        if (event.decision() != DispositionDecision.REFUSED) {
            return;
        }
        ConsultationRequest request = requests.findById(event.requestId()).orElseThrow();
        if (!request.getApplicant().hasEmail()) {
            log.info("request {} was refused; the applicant left no e-mail address: the letter is printed", event.requestId());
            return;
        }
        String email = request.getApplicant().getEmail();
        Disposition disposition = numbered(dispositions.findById(event.dispositionId()).orElseThrow(), request);
        Office office = offices.require(request.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("d", disposition);
        model.put("zone", office.zone());
        model.put("trackingUrl", baseUrl + "/lacak/" + request.getTrackingToken());
        String number = disposition.getRefusalLetterNumber();
        model.put("letterNumber", number);
        byte[] letter = pdf(request, disposition);
        outbox.enqueue(composer.compose(office.getId(), request.getId(), KIND, email, "refusal-letter",
                new Object[]{request.getReceiptNumber()}, model,
                List.of(new OutgoingMail.Attachment(refusalLetter.filename(number), "application/pdf", letter)),
                request.getApplicant().getLocale()).causedBy(event));
    }

    /** The refusal letter as a PDF to print or download. */
    public record Letter(String number, String filename, byte[] pdf) {
    }

    /** The refusal letter of a refused request; empty for any other. */
    @Transactional
    public Optional<Letter> letterOf(long requestId) {
        Optional<Disposition> refusal = dispositions.findByRequestId(requestId).filter(d -> !d.isAccepted());
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        ConsultationRequest request = requests.findById(requestId).orElseThrow();
        Disposition disposition = numbered(refusal.get(), request);
        return Optional.of(new Letter(disposition.getRefusalLetterNumber(),
                refusalLetter.filename(disposition.getRefusalLetterNumber()), pdf(request, disposition)));
    }

    private byte[] pdf(ConsultationRequest request, Disposition disposition) {
        return refusalLetter.pdf(request, disposition.getRefusalLetterNumber(), disposition.getDecidedAt(),
                disposition.getRefusalReason(), disposition.getSignatory().getSigningPost(),
                disposition.getSignatory().getName());
    }

    /** A refusal decided before letters were numbered at once is numbered now, once. */
    private Disposition numbered(Disposition disposition, ConsultationRequest request) {
        if (disposition.getRefusalLetterNumber() == null) {
            disposition.numberRefusalLetter(refusalLetter.number(request));
            return dispositions.saveAndFlush(disposition);
        }
        return disposition;
    }

}
