package id.konsultasi.office.web;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
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

/**
 * The office administrator keeps the internal components of the office's standard (PermenPANRB 15/2014) and its
 * Maklumat Pelayanan, beside the published six ({@link StandardAdminController}).
 */
@Controller
@RequestMapping("/admin/standar/internal")
class InternalComponentsAdminController {

    private final Offices offices;
    private final OfficeAdministration administration;
    private final OfficeDirectory directory;

    InternalComponentsAdminController(Offices offices, OfficeAdministration administration,
                                      OfficeDirectory directory) {
        this.offices = offices;
        this.administration = administration;
        this.directory = directory;
    }

    @ModelAttribute("components")
    InternalComponent[] components() {
        return InternalComponent.values();
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        long officeId = staff.requireOffice();
        Office office = offices.require(officeId);
        model.addAttribute("office", office);
        model.addAttribute("form", InternalComponentsForm.of(office.getVersion(),
                directory.storedInternalComponents(officeId), office.getPledge()));
        return "office/admin-internal-components";
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") InternalComponentsForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        long officeId = staff.requireOffice();
        if (result.hasErrors()) {
            model.addAttribute("office", offices.require(officeId));
            return "office/admin-internal-components";
        }
        administration.reviseInternalComponents(officeId, form.getVersion(), form.toComponents(), form.getPledge());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/standar/internal";
    }
}
