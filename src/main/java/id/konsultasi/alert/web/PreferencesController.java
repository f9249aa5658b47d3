package id.konsultasi.alert.web;

import java.util.EnumMap;

import id.konsultasi.alert.Delivery;
import id.konsultasi.alert.NoticePreferences;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person chooses, per kind of notification, to be mailed at once, in the morning digest or never. */
@Controller
@RequestMapping("/staf/pemberitahuan/pengaturan")
class PreferencesController {

    private final NoticePreferences preferences;

    PreferencesController(NoticePreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        staff.requireOffice();
        PreferencesForm form = new PreferencesForm();
        form.setChoices(new EnumMap<>(preferences.of(staff.id(), staff.roles())));
        model.addAttribute("form", form);
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("hasAddress", preferences.hasAddress(staff.id()));
        return "alert/preferences";
    }

    @PostMapping
    String save(StaffPrincipal staff, @ModelAttribute("form") PreferencesForm form, RedirectAttributes redirect) {
        staff.requireOffice();
        preferences.save(staff.id(), form.getChoices());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/staf/pemberitahuan/pengaturan";
    }
}
