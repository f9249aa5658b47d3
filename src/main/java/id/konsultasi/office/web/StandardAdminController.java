package id.konsultasi.office.web;

import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.Requirement;
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

/** The office administrator edits the office's own service standard. */
@Controller
@RequestMapping("/admin/standar")
class StandardAdminController {

    private final Offices offices;
    private final OfficeAdministration administration;
    private final OfficeDirectory directory;

    StandardAdminController(Offices offices, OfficeAdministration administration, OfficeDirectory directory) {
        this.offices = offices;
        this.administration = administration;
        this.directory = directory;
    }

    @ModelAttribute("appliesTo")
    Requirement.AppliesTo[] appliesTo() {
        return Requirement.AppliesTo.values();
    }

    @ModelAttribute("channelKinds")
    ComplaintChannelKind[] channelKinds() {
        return ComplaintChannelKind.values();
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        Office office = offices.require(staff.requireOffice());
        model.addAttribute("office", office);
        model.addAttribute("form", StandardForm.of(office.getVersion(), directory.storedStandard(office.getId())));
        return "office/admin-standard";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") StandardForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            form.padRows();
            model.addAttribute("office", offices.require(staff.requireOffice()));
            return "office/admin-standard";
        }
        administration.reviseStandard(staff.requireOffice(), form.getVersion(), form.toRevision());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/standar";
    }
}
