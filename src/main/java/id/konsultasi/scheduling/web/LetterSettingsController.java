package id.konsultasi.scheduling.web;

import id.konsultasi.scheduling.SchedulingSetting;
import id.konsultasi.scheduling.SchedulingSettings;
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

/** The office administrator edits the answer (in person, online) and refusal letter texts and the reminder hours. */
@Controller
@RequestMapping("/admin/surat")
class LetterSettingsController {

    private final SchedulingSettings settings;

    LetterSettingsController(SchedulingSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        SchedulingSetting setting = settings.of(staff.requireOffice());
        LetterSettingsForm form = new LetterSettingsForm();
        form.setVersion(setting.getVersion());
        form.setAnswerLetterBody(setting.getAnswerLetterBody());
        form.setOnlineAnswerLetterBody(settings.onlineAnswerLetterBody(setting));
        form.setRefusalLetterBody(setting.getRefusalLetterBody());
        form.setReminderHour(setting.getReminderHour());
        form.setAgendaHour(setting.getAgendaHour());
        model.addAttribute("form", form);
        return "scheduling/letter-settings";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") LetterSettingsForm form, BindingResult result,
                RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            settings.update(staff.requireOffice(), form.getVersion(), form.getAnswerLetterBody().strip(),
                    form.getOnlineAnswerLetterBody().strip(), form.getRefusalLetterBody().strip(),
                    form.getReminderHour(), form.getAgendaHour());
            return "/admin/surat";
        }, () -> "scheduling/letter-settings");
    }
}
