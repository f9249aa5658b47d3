package id.konsultasi.consultation.web;

import java.time.Clock;

import id.konsultasi.consultation.ClosingLetter;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.ReportDocument;
import id.konsultasi.consultation.ReportReview;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Laporan Hasil Konsultasi as a printable page and a PDF, the closing letter as the applicant will
 * get it, and the reviewers' decisions: the division head returns or forwards it, the head acknowledges or
 * returns it.
 */
@Controller
@RequestMapping("/staf/konsultasi/{requestId}")
class ReportController {

    private final ConsultationService service;
    private final ReportReview reviews;
    private final ReportDocument reports;
    private final ClosingLetter letters;
    private final Clock clock;

    ReportController(ConsultationService service, ReportReview reviews, ReportDocument reports, ClosingLetter letters,
                     Clock clock) {
        this.service = service;
        this.reviews = reviews;
        this.reports = reports;
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/laporan")
    String report(StaffPrincipal staff, @PathVariable long requestId, Model model) {
        ConsultationRequest request = service.requestForReader(staff, requestId);
        ConsultationRecord record = record(staff, requestId);
        ReviewForm review = new ReviewForm();
        review.setVersion(record.getVersion());
        model.addAttribute("review", review);
        return view(staff, request, record, model);
    }

    @GetMapping("/laporan.pdf")
    ResponseEntity<byte[]> reportPdf(StaffPrincipal staff, @PathVariable long requestId) {
        ConsultationRequest request = service.requestForReader(staff, requestId);
        return Downloads.inline(reports.pdf(record(staff, requestId), request), Downloads.PDF, reports.filename(request));
    }

    @GetMapping("/surat-hasil.pdf")
    ResponseEntity<byte[]> closingLetter(StaffPrincipal staff, @PathVariable long requestId) {
        ConsultationRequest request = service.requestForReader(staff, requestId);
        ConsultationRecord record = record(staff, requestId);
        return Downloads.inline(letters.pdf(record, request), Downloads.PDF, letters.filename(record, request));
    }

    @PostMapping("/kembalikan")
    String returnReport(StaffPrincipal staff, @PathVariable long requestId,
                        @Valid @ModelAttribute("review") ReviewForm review, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        ConsultationRequest request = service.requestForReader(staff, requestId);
        String list = service.reviewsAsDivisionHead(staff, request, record(staff, requestId)) ? "bidang" : "kepala";
        if (!result.hasErrors()) {
            try {
                reviews.returnReport(staff, requestId, review.getVersion(), review.getRemark());
                redirect.addFlashAttribute("flash", "consultation.flash.returned");
                return "redirect:/staf/laporan-konsultasi/" + list;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        return view(staff, request, record(staff, requestId), model);
    }

    @PostMapping("/teruskan")
    String forward(StaffPrincipal staff, @PathVariable long requestId,
                   @Valid @ModelAttribute("review") ReviewForm review, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        ConsultationRequest request = service.requestForDivisionHead(staff, requestId);
        if (result.hasErrors()) {
            return view(staff, request, record(staff, requestId), model);
        }
        reviews.forwardReport(staff, requestId, review.getVersion(), review.getRemark());
        redirect.addFlashAttribute("flash", "consultation.flash.forwarded");
        return "redirect:/staf/laporan-konsultasi/bidang";
    }

    @PostMapping("/terima")
    String acknowledge(StaffPrincipal staff, @PathVariable long requestId, @ModelAttribute("review") ReviewForm review,
                       RedirectAttributes redirect) {
        reviews.acknowledge(staff, requestId, review.getVersion());
        redirect.addFlashAttribute("flash", service.requestForReader(staff, requestId).getApplicant().hasEmail()
                ? "consultation.flash.acknowledged" : "consultation.flash.acknowledged.noEmail");
        return "redirect:/staf/laporan-konsultasi/kepala";
    }

    private ConsultationRecord record(StaffPrincipal staff, long requestId) {
        return service.recordFor(staff, requestId).orElseThrow(() -> new NotFoundException("record " + requestId));
    }

    private String view(StaffPrincipal staff, ConsultationRequest request, ConsultationRecord record, Model model) {
        model.addAllAttributes(reports.model(record, request));
        model.addAttribute("isOfficer", request.isAssignee(staff.id()));
        model.addAttribute("writable", request.isAssignee(staff.id()) && ConsultationService.isWritable(request, record));
        model.addAttribute("returns", service.reviewsAsDivisionHead(staff, request, record));
        model.addAttribute("mayReturn", service.mayReturn(staff, request, record));
        model.addAttribute("acknowledges", service.acknowledgesAsHead(staff, request, record));
        model.addAttribute("late", record.isLate(clock.instant()));
        return "consultation/report";
    }
}
