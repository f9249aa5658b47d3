package id.konsultasi.consultation.web;

import id.konsultasi.consultation.ConsultationSetting;
import id.konsultasi.consultation.ConsultationSettings;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.FormPosts;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office administrator sets how many working days after a consultation its report is due. */
@Controller
@RequestMapping("/admin/laporan-konsultasi")
class ConsultationSettingsController {

    private final ConsultationSettings settings;

    ConsultationSettingsController(ConsultationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        ConsultationSetting setting = settings.of(staff.requireOffice());
        SettingsForm form = new SettingsForm();
        form.setVersion(setting.getVersion());
        form.setReportWorkingDays(setting.getReportWorkingDays());
        model.addAttribute("form", form);
        return "consultation/settings";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
                RedirectAttributes redirect) {
        long officeId = staff.requireOffice();
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            settings.update(officeId, form.getVersion(), form.getReportWorkingDays());
            return "/admin/laporan-konsultasi";
        }, () -> "consultation/settings");
    }
}
