package id.konsultasi.office.web;

import java.io.IOException;
import java.util.Map;

import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office administrator edits the office's contacts, time zone, working hours, the town its letters are dated
 * from, and the logo of its letterhead.
 */
@Controller
@RequestMapping("/admin/profil")
class ProfileAdminController {

    private final Offices offices;
    private final OfficeAdministration administration;
    private final Letterheads letterheads;

    ProfileAdminController(Offices offices, OfficeAdministration administration, Letterheads letterheads) {
        this.offices = offices;
        this.administration = administration;
        this.letterheads = letterheads;
    }

    @ModelAttribute("timeZones")
    Map<String, String> timeZones() {
        return IndonesianTimeZones.all();
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        Office office = offices.require(staff.requireOffice());
        model.addAttribute("form", ProfileForm.of(office.getVersion(), office.profile(), office.getPlace()));
        return page(office, model);
    }

    /** The logo of the administrator's own office, as the letters show it. */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(StaffPrincipal staff) {
        byte[] png = letterheads.logo(staff.requireOffice()).orElseThrow(() -> new NotFoundException("logo"));
        return Downloads.inline(png, MediaType.IMAGE_PNG, "logo.png");
    }

    @PostMapping("/logo")
    String uploadLogo(StaffPrincipal staff, @RequestParam(name = "logo", required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect) throws IOException {
        try {
            letterheads.uploadLogo(staff.requireOffice(), file == null ? null : file.getBytes());
        } catch (InputRejected e) {
            Office office = offices.require(staff.requireOffice());
            model.addAttribute("form", ProfileForm.of(office.getVersion(), office.profile(), office.getPlace()));
            model.addAttribute("logoError", e.messageKey());
            return page(office, model);
        }
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/profil";
    }

    @PostMapping("/logo/hapus")
    String removeLogo(StaffPrincipal staff, RedirectAttributes redirect) {
        letterheads.removeLogo(staff.requireOffice());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/profil";
    }

    private String page(Office office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("hasLogo", letterheads.logo(office.getId()).isPresent());
        return "office/admin-profile";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(offices.require(staff.requireOffice()), model);
        }
        administration.updateProfile(staff.requireOffice(), form.getVersion(), form.toProfile(), form.getPlace());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/profil";
    }
}
