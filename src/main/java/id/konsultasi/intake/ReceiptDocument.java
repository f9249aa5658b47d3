package id.konsultasi.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.document.QrCodes;
import id.konsultasi.notification.AttachmentSource;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.TrackingLinks;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;

/**
 * The tanda terima as a PDF: the same content as the receipt page, with the QR code of the tracking link, in the
 * language the applicant wrote the request in (wherever it is downloaded or printed). The receipt mail's copy is made when the mail is sent ({@link AttachmentSource} {@value #SOURCE}, by request id),
 * not on the submission.
 */
@Component
public class ReceiptDocument implements AttachmentSource {

    static final String SOURCE = "receipt";

    private final PdfRenderer renderer;
    private final Offices offices;
    private final TrackingLinks links;
    private final ConsultationRequests requests;
    private final WrittenDates dates;
    private final IssuedLetters issued;
    private final Letterheads letterheads;

    ReceiptDocument(PdfRenderer renderer, Offices offices, TrackingLinks links, ConsultationRequests requests,
                    WrittenDates dates, IssuedLetters issued, Letterheads letterheads) {
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.issued = issued;
        this.dates = dates;
        this.offices = offices;
        this.links = links;
        this.requests = requests;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    /** The receipt of the request with this id. */
    @Override
    public byte[] make(String requestId) {
        return pdf(requests.findById(Long.parseLong(requestId)).orElseThrow());
    }

    public String trackingUrl(String token) {
        return links.url(token);
    }

    /**
     * The receipt, issued by the office (verification code, signature, stored bytes) the first time it is made, and
     * again only if what it says changes (the agenda number and deadlines once the request is registered, a corrected
     * name or topic). A receipt
     * issued before is handed out as stored: nothing is rendered for it.
     */
    public byte[] pdf(ConsultationRequest request) {
        Locale locale = request.getApplicant().getLocale();
        String says = String.join("|", request.getReceiptNumber(), String.valueOf(request.getAgendaNumber()),
                request.getApplicant().getDisplayName(), request.getTopic(), String.valueOf(request.getAnswerDueAt()),
                String.valueOf(request.getConsultationDueAt()), locale.toLanguageTag());
        return issued.issue(new IssueRequest(request.getOfficeId(), LetterKind.RECEIPT, request.getReceiptNumber(),
                IssueRequest.contentReference("receipt:" + request.getId(), says), null, null), verification -> {
                    Office office = offices.require(request.getOfficeId());
                    Map<String, Object> model = new HashMap<>();
                    model.put("office", office);
                    model.put("logo", letterheads.logoDataUri(office.getId()));
                    model.put("r", request);
                    model.put("submittedAt", dates.dayAndTime(request.getSubmittedAt(), office, locale));
                    model.put("answerDue", dates.dayAndTime(request.getAnswerDueAt(), office, locale));
                    model.put("consultationDue", dates.dayAndTime(request.getConsultationDueAt(), office, locale));
                    model.put("trackingUrl", trackingUrl(request.getTrackingToken()));
                    model.put("qr", QrCodes.pngDataUri(trackingUrl(request.getTrackingToken()), 200));
                    model.put("verification", verification);
                    return renderer.pdf("documents/receipt", model, locale);
                });
    }

    public String filename(ConsultationRequest request) {
        return "tanda-terima-" + request.getReceiptNumber().replace('/', '-') + ".pdf";
    }
}
