package id.konsultasi.feedback.web;

import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office administrator sets within how many working days the office answers a complaint. */
@Controller
@RequestMapping("/admin/pengaduan")
class ComplaintSettingsController {

    private final ComplaintService complaints;
    private final Offices offices;

    ComplaintSettingsController(ComplaintService complaints, Offices offices) {
        this.complaints = complaints;
        this.offices = offices;
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        ComplaintService.Settings settings = complaints.settings(staff);
        ComplaintSettingsForm form = new ComplaintSettingsForm();
        form.setVersion(settings.version());
        form.setAnswerWorkingDays(settings.answerWorkingDays());
        model.addAttribute("form", form);
        model.addAttribute("office", offices.require(staff.requireOffice()));
        return "feedback/settings";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") ComplaintSettingsForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        complaints.settings(staff);
        if (result.hasErrors()) {
            model.addAttribute("office", offices.require(staff.requireOffice()));
            return "feedback/settings";
        }
        complaints.changeAnswerWorkingDays(staff, form.getVersion(), form.getAnswerWorkingDays());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/pengaduan";
    }
}
