package id.konsultasi.office.web;

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

/**
 * The office administrator names the office's units and roles as its standard does (who registers letters, where
 * walk-ins report, the head's and division heads' titles) and says whether complaints go through the agenda book.
 * Only the administrator's own office: there is no office in the address.
 */
@Controller
@RequestMapping("/admin/sebutan")
class NamesAdminController {

    private static final String PAGE = "office/admin-names";

    private final Offices offices;
    private final OfficeAdministration administration;

    NamesAdminController(Offices offices, OfficeAdministration administration) {
        this.offices = offices;
        this.administration = administration;
    }

    @GetMapping
    String edit(StaffPrincipal staff, Model model) {
        Office office = offices.require(staff.requireOffice());
        model.addAttribute("form", NamesForm.of(office));
        return PAGE;
    }

    @PostMapping
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") NamesForm form, BindingResult result,
                RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return PAGE;
        }
        administration.nameStaff(staff.requireOffice(), form.getVersion(), form.toNames(),
                form.isComplaintsInAgendaBook());
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/admin/sebutan";
    }
}
