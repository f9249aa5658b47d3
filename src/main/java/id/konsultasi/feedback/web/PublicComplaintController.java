package id.konsultasi.feedback.web;

import id.konsultasi.feedback.Complaint;
import id.konsultasi.feedback.ComplaintReceipt;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Texts;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Anyone complains about an office's consultation service: from the office's page, or from a request's
 * tracking page (then the complaint is about that request). The complainant follows it through a secret
 * link, {@code /lacak/pengaduan/{token}}.
 */
@Controller
class PublicComplaintController {

    private final OfficeDirectory directory;
    private final Offices offices;
    private final ComplaintService complaints;
    private final RequestService requests;

    PublicComplaintController(OfficeDirectory directory, Offices offices, ComplaintService complaints,
                              RequestService requests) {
        this.directory = directory;
        this.offices = offices;
        this.complaints = complaints;
        this.requests = requests;
    }

    @GetMapping("/kantor/{code}/pengaduan")
    String form(@PathVariable String code, Model model) {
        model.addAttribute("form", new ComplaintForm());
        return view(office(code), null, model);
    }

    @PostMapping("/kantor/{code}/pengaduan")
    String file(@PathVariable String code, @Valid @ModelAttribute("form") ComplaintForm form, BindingResult result,
                Model model) {
        Office office = office(code);
        form.validate(result);
        if (result.hasErrors()) {
            return view(office, null, model);
        }
        ComplaintReceipt receipt = complaints.file(office.getId(), toComplaint(form, null));
        return "redirect:/lacak/pengaduan/" + receipt.trackingToken();
    }

    @GetMapping("/lacak/{token}/pengaduan")
    String formAboutRequest(@PathVariable String token, Model model) {
        ConsultationRequest request = requests.byToken(token);
        ComplaintForm form = new ComplaintForm();
        form.setName(request.getApplicant().getName());
        form.setEmail(request.getApplicant().getEmail());
        model.addAttribute("form", form);
        return view(offices.require(request.getOfficeId()), request, model);
    }

    @PostMapping("/lacak/{token}/pengaduan")
    String fileAboutRequest(@PathVariable String token, @Valid @ModelAttribute("form") ComplaintForm form,
                            BindingResult result, Model model) {
        ConsultationRequest request = requests.byToken(token);
        form.validate(result);
        if (result.hasErrors()) {
            return view(offices.require(request.getOfficeId()), request, model);
        }
        ComplaintReceipt receipt = complaints.file(request.getOfficeId(), toComplaint(form, token));
        return "redirect:/lacak/pengaduan/" + receipt.trackingToken();
    }

    @GetMapping("/lacak/pengaduan/{token}")
    String track(@PathVariable String token, Model model) {
        Complaint complaint = complaints.byToken(token);
        Office office = offices.require(complaint.getOfficeId());
        model.addAttribute("office", office);
        model.addAttribute("c", ComplaintTrackingView.of(complaint, office));
        return "feedback/complaint-track";
    }

    private static NewComplaint toComplaint(ComplaintForm form, String requestToken) {
        return new NewComplaint(ComplaintSource.WEB, form.getFormKey(), null, form.isAnonymous(),
                Texts.orNull(form.getName()), Texts.orNull(form.getEmail()), form.cleanPhone(),
                form.getSubject().trim(), form.getDescription().trim(), null, requestToken, null,
                LocaleContextHolder.getLocale().getLanguage());
    }

    private String view(Office office, ConsultationRequest request, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("answerDays", complaints.answerWorkingDays(office.getId()));
        model.addAttribute("receiptNumber", request == null ? null : request.getReceiptNumber());
        model.addAttribute("requestToken", request == null ? null : request.getTrackingToken());
        return "feedback/complaint-form";
    }

    private Office office(String code) {
        return directory.activeByCode(code).orElseThrow(() -> new NotFoundException("office " + code));
    }
}
