package id.konsultasi.feedback.web;

import java.time.Clock;

import id.konsultasi.feedback.ComplaintReceipt;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.ComplaintStatus;
import id.konsultasi.feedback.FeedbackAccess;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.feedback.StaffComplaintView;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.FormPosts;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's complaints: the list with deadlines, recording one that arrived elsewhere, and handling,
 * answering and closing one. The secretariat and the administrator act; the head of office reads.
 */
@Controller
@RequestMapping("/staf/pengaduan")
class StaffComplaintController {

    private static final String PATH = "/staf/pengaduan/";
    private static final int PAGE_SIZE = 25;

    private final ComplaintService complaints;
    private final FeedbackAccess access;
    private final Offices offices;
    private final Clock clock;

    StaffComplaintController(ComplaintService complaints, FeedbackAccess access, Offices offices, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "status", required = false) ComplaintStatus status,
                @RequestParam(name = "terlambat", defaultValue = "false") boolean overdue,
                @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("complaints", complaints.list(staff, status, overdue, page, PAGE_SIZE));
        model.addAttribute("office", offices.require(staff.requireOffice()));
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("canHandle", access.canHandleComplaints(staff));
        model.addAttribute("now", clock.instant());
        model.addAttribute("answerDays", complaints.answerWorkingDays(staff.requireOffice()));
        return "feedback/complaints";
    }

    @GetMapping("/baru")
    String newForm(StaffPrincipal staff, Model model) {
        model.addAttribute("form", new RecordComplaintForm());
        return newView(staff, model);
    }

    @PostMapping("/baru")
    String record(StaffPrincipal staff, @Valid @ModelAttribute("form") RecordComplaintForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        form.validate(result);
        return FormPosts.save(result, redirect, "complaint.recorded", () -> {
            Office office = offices.require(staff.requireOffice());
            ComplaintReceipt receipt = complaints.record(staff, new NewComplaint(form.getSource(),
                    form.getFormKey(), Texts.orNull(form.getLaporNumber()), form.isAnonymous(),
                    Texts.orNull(form.getName()), Texts.orNull(form.getEmail()), form.cleanPhone(),
                    form.getSubject().trim(), form.getDescription().trim(),
                    form.getReceivedAt() == null ? null : form.getReceivedAt().atZone(office.zone()).toInstant(),
                    null, Texts.orNull(form.getRequestReceiptNumber())));
            return PATH + receipt.complaintId();
        }, () -> newView(staff, model));
    }

    @GetMapping("/{id}")
    String show(StaffPrincipal staff, @PathVariable long id, Model model) {
        StaffComplaintView complaint = complaints.forStaff(staff, id);
        model.addAttribute("stepForm", ComplaintStepForm.of(complaint.version()));
        return detail(staff, complaint, model);
    }

    @PostMapping("/{id}/proses")
    String start(StaffPrincipal staff, @PathVariable long id,
                 @Valid @ModelAttribute("stepForm") ComplaintStepForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "complaint.started", () -> {
            complaints.startHandling(staff, id, form.getVersion(), Texts.orNull(form.getText()));
            return PATH + id;
        }, () -> detail(staff, complaints.forStaff(staff, id), model));
    }

    @PostMapping("/{id}/jawab")
    String answer(StaffPrincipal staff, @PathVariable long id,
                  @Valid @ModelAttribute("stepForm") ComplaintStepForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        if (!result.hasFieldErrors("text") && ComplaintForm.blank(form.getText())) {
            result.rejectValue("text", "complaint.answer.required");
        }
        return FormPosts.save(result, redirect, "complaint.answered", () -> {
            complaints.answer(staff, id, form.getVersion(), form.getText().trim());
            return PATH + id;
        }, () -> detail(staff, complaints.forStaff(staff, id), model));
    }

    @PostMapping("/{id}/tutup")
    String close(StaffPrincipal staff, @PathVariable long id,
                 @Valid @ModelAttribute("stepForm") ComplaintStepForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "complaint.closed", () -> {
            complaints.close(staff, id, form.getVersion(), Texts.orNull(form.getText()));
            return PATH + id;
        }, () -> detail(staff, complaints.forStaff(staff, id), model));
    }

    private String detail(StaffPrincipal staff, StaffComplaintView complaint, Model model) {
        Office office = offices.require(complaint.officeId());
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        model.addAttribute("c", complaint);
        model.addAttribute("canHandle", access.canHandleComplaints(staff));
        return "feedback/complaint-detail";
    }

    private String newView(StaffPrincipal staff, Model model) {
        model.addAttribute("office", offices.require(staff.requireOffice()));
        model.addAttribute("sources", ComplaintSource.recordedByStaff());
        model.addAttribute("answerDays", complaints.answerWorkingDays(staff.requireOffice()));
        return "feedback/complaint-new";
    }
}
