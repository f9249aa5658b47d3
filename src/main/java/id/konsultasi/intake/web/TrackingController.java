package id.konsultasi.intake.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import id.konsultasi.consultation.ApplicantResults;
import id.konsultasi.disposition.RefusalLetters;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.document.QrCodes;
import id.konsultasi.intake.IntakeProperties;
import id.konsultasi.intake.ReceiptDocument;
import id.konsultasi.intake.TrackingPages;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DocumentFile;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.AnswerLetter;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.AppointmentStatus;
import id.konsultasi.scheduling.CalendarInvite;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.upload.UploadRules;
import id.konsultasi.shared.web.Downloads;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant follows the request through its secret link: the receipt (page and PDF), the status
 * and timeline, cancelling, and sending what the office said was missing.
 */
@Controller
class TrackingController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final RequestService requests;
    private final RequestDocuments documents;
    private final OfficeDirectory offices;
    private final ReceiptDocument receipts;
    private final IntakeProperties properties;
    private final MessageSource messages;
    private final SchedulingService scheduling;
    private final AnswerLetter letters;
    private final CalendarInvite invites;
    private final ApplicantResults results;
    private final RefusalLetters refusals;
    private final TrackingPages pages;

    TrackingController(RequestService requests, RequestDocuments documents, OfficeDirectory offices, ReceiptDocument receipts,
                       IntakeProperties properties, MessageSource messages, SchedulingService scheduling,
                       AnswerLetter letters, CalendarInvite invites, ApplicantResults results, RefusalLetters refusals,
                       TrackingPages pages) {
        this.pages = pages;
        this.results = results;
        this.refusals = refusals;
        this.scheduling = scheduling;
        this.letters = letters;
        this.invites = invites;
        this.requests = requests;
        this.documents = documents;
        this.offices = offices;
        this.receipts = receipts;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/lacak/{token}")
    String track(@PathVariable String token, Model model) {
        model.addAttribute("cancelForm", new CancelForm());
        return trackingView(token, pages.of(token), model);
    }

    @GetMapping("/lacak/{token}/tanda-terima")
    String receipt(@PathVariable String token, Model model) {
        ConsultationRequest request = requests.byToken(token);
        Office office = offices.office(request.getOfficeId());
        model.addAttribute("office", office);
        model.addAttribute("r", TrackingView.of(token, request, office, documents.findByRequestIdOrderByUploadedAt(request.getId())));
        model.addAttribute("trackingUrl", receipts.trackingUrl(token));
        model.addAttribute("qr", QrCodes.pngDataUri(receipts.trackingUrl(token), 220));
        return "intake/receipt";
    }

    @GetMapping("/lacak/{token}/tanda-terima.pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String token) {
        ConsultationRequest request = requests.byToken(token);
        return Downloads.inline(receipts.pdf(request), Downloads.PDF, receipts.filename(request));
    }

    @GetMapping("/lacak/{token}/surat-jawaban.pdf")
    ResponseEntity<byte[]> answerLetter(@PathVariable String token) {
        Appointment appointment = appointmentOf(token);
        return Downloads.inline(letters.pdf(appointment), Downloads.PDF, letters.filename(appointment));
    }

    @GetMapping("/lacak/{token}/jadwal.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        ConsultationRequest request = requests.byToken(token);
        Appointment appointment = appointmentOf(token);
        if (appointment.getStatus() == AppointmentStatus.HELD) {
            // held as planned: nothing left to add to a calendar, and nothing to cancel in it
            throw new NotFoundException("the consultation of " + request.getReceiptNumber() + " was held");
        }
        Office office = offices.office(request.getOfficeId());
        return Downloads.attachment(invites.ics(appointment, office, request.getApplicant().getEmail(),
                        request.getApplicant().getLocale())
                .getBytes(StandardCharsets.UTF_8), CALENDAR, "jadwal-konsultasi.ics");
    }

    /** The closing letter, once the head acknowledged the consultation's report. */
    @GetMapping("/lacak/{token}/surat-hasil.pdf")
    ResponseEntity<byte[]> closingLetter(@PathVariable String token) {
        ConsultationRequest request = requests.byToken(token);
        return Downloads.inline(results.closingLetterPdf(request.getId()), Downloads.PDF,
                results.closingLetterFilename(request.getId()));
    }

    /** The refusal letter of a refused request (the same numbered letter that was mailed, or printed at the office). */
    @GetMapping("/lacak/{token}/surat-penolakan.pdf")
    ResponseEntity<byte[]> refusalLetter(@PathVariable String token) {
        ConsultationRequest request = requests.byToken(token);
        RefusalLetters.Letter letter = refusals.letterOf(request.getId())
                .orElseThrow(() -> new NotFoundException("no refusal letter for " + request.getReceiptNumber()));
        return Downloads.inline(letter.pdf(), Downloads.PDF, letter.filename());
    }

    /** A file handed over in the consultation, only one the officer released to the applicant. */
    @GetMapping("/lacak/{token}/berkas/{documentId}")
    ResponseEntity<byte[]> handedOver(@PathVariable String token, @PathVariable long documentId) {
        ConsultationRequest request = requests.byToken(token);
        DocumentFile file = results.file(request.getId(), documentId);
        return Downloads.attachment(file.content(), MediaType.parseMediaType(file.contentType()), file.filename());
    }

    @PostMapping("/lacak/{token}/batal")
    String cancel(@PathVariable String token, @Valid @ModelAttribute("cancelForm") CancelForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        ConsultationRequest request = requests.byToken(token);
        if (!request.getStatus().isCancellable()) {
            redirect.addFlashAttribute("flash", "tracking.cancel.tooLate");
            return "redirect:/lacak/" + token;
        }
        if (result.hasErrors()) {
            return trackingView(token, pages.of(request), model);
        }
        String reason = form.getReason() == null || form.getReason().isBlank()
                ? messages.getMessage("tracking.cancel.noReason", null, LocaleContextHolder.getLocale())
                : form.getReason().trim();
        requests.cancelByApplicant(token, reason);
        redirect.addFlashAttribute("flash", "tracking.cancel.done");
        return "redirect:/lacak/" + token;
    }

    @PostMapping("/lacak/{token}/dokumen")
    String complete(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
                    Model model, RedirectAttributes redirect) throws IOException {
        ConsultationRequest request = requests.byToken(token);
        if (request.getStatus() != RequestStatus.INCOMPLETE) {
            return "redirect:/lacak/" + token;
        }
        Optional<String> problem = properties.fileRules().problem(file == null ? null : file.getBytes());
        if (problem.isPresent()) {
            model.addAttribute("uploadError", problem.get());
            model.addAttribute("cancelForm", new CancelForm());
            return trackingView(token, pages.of(request), model);
        }
        String stored = UploadRules.accepted(file.getOriginalFilename(), file.getBytes()).filename();
        String note = messages.getMessage("tracking.completed.note", new Object[]{stored}, PdfRenderer.INDONESIAN);
        requests.completeByApplicant(token, new NewDocument(DocumentKind.SUPPORTING, file.getOriginalFilename(),
                "application/octet-stream", file.getBytes()), note);
        redirect.addFlashAttribute("flash", "tracking.completed");
        return "redirect:/lacak/" + token;
    }

    private Appointment appointmentOf(String token) {
        ConsultationRequest request = requests.byToken(token);
        return scheduling.latestFor(request.getId()).filter(a -> a.getLetterNumber() != null)
                .orElseThrow(() -> new NotFoundException("no appointment for " + request.getReceiptNumber()));
    }

    private String trackingView(String token, TrackingPages.Tracking page, Model model) {
        ConsultationRequest request = page.request();
        page.appointment().ifPresent(a -> {
            model.addAttribute("appointment", a);
            model.addAttribute("facts", page.facts());
            model.addAttribute("appointmentHeading", switch (a.getStatus()) {
                case ACTIVE -> "tracking.appointment";
                case HELD -> "tracking.appointment.held";
                case HELD_EARLY -> "tracking.appointment.heldEarly";
                case NO_SHOW -> "tracking.appointment.noShow";
                case CANCELLED -> "tracking.appointment.cancelled";
            });
        });
        page.result().ifPresent(result -> model.addAttribute("result", result));
        boolean refused = request.getStatus() == RequestStatus.REJECTED;
        model.addAttribute("refused", refused);
        model.addAttribute("refusalReason", refused ? request.refusalReason() : null);
        model.addAttribute("office", page.office());
        model.addAttribute("r", TrackingView.of(token, request, page.office(), page.documents()));
        model.addAttribute("maxFileMegabytes", properties.maxFileSize().toMegabytes());
        return "intake/tracking";
    }
}
