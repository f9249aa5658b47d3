package id.konsultasi.office.web;

import java.util.Map;

import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
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

/** The office administrator edits the office's contacts, time zone, working hours and the town its letters are dated from. */
@Controller
@RequestMapping("/admin/profil")
class ProfileAdminController {

    private final Offices offices;
    private final OfficeAdministration administration;

    ProfileAdminController(Offices offices, OfficeAdministration administration) {
        this.offices = offices;
        this.administration = administration;
    }

    @ModelAttribute("timeZones")
    Map<String, String> timeZones() {
        return IndonesianTimeZones.all();
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        Office office = offices.require(staff.requireOffice());
        model.addAttribute("office", office);
        model.addAttribute("form", ProfileForm.of(office.getVersion(), office.profile(), office.getPlace()));
        return "office/admin-profile";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("office", offices.require(staff.requireOffice()));
            return "office/admin-profile";
        }
        administration.updateProfile(staff.requireOffice(), form.getVersion(), form.toProfile(), form.getPlace());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/profil";
    }
}
