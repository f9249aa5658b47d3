package id.konsultasi.office.web;

import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.OfficeAdministration;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office administrator keeps the list of divisions (bidang). */
@Controller
@RequestMapping("/admin/bidang")
class DivisionAdminController {

    private final Divisions divisions;
    private final OfficeAdministration administration;

    DivisionAdminController(Divisions divisions, OfficeAdministration administration) {
        this.divisions = divisions;
        this.administration = administration;
    }

    @GetMapping
    String list(StaffPrincipal staff, Model model) {
        model.addAttribute("form", new DivisionForm());
        return listView(staff, model);
    }

    @PostMapping
    String add(StaffPrincipal staff, @Valid @ModelAttribute("form") DivisionForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.addDivision(staff.requireOffice(), form.getName().trim());
            return "/admin/bidang";
        }, () -> listView(staff, model));
    }

    @GetMapping("/{id}")
    String edit(StaffPrincipal staff, @PathVariable long id, Model model) {
        Division division = divisions.requireInOffice(id, staff.requireOffice());
        DivisionForm form = new DivisionForm();
        form.setVersion(division.getVersion());
        form.setName(division.getName());
        form.setActive(division.isActive());
        model.addAttribute("division", division);
        model.addAttribute("form", form);
        return "office/admin-division-edit";
    }

    @PostMapping("/{id}")
    String update(StaffPrincipal staff, @PathVariable long id, @Valid @ModelAttribute("form") DivisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Division division = divisions.requireInOffice(id, staff.requireOffice());
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.updateDivision(staff.requireOffice(), id, form.getVersion(), form.getName().trim(),
                    form.isActive());
            return "/admin/bidang";
        }, () -> {
            model.addAttribute("division", division);
            return "office/admin-division-edit";
        });
    }

    private String listView(StaffPrincipal staff, Model model) {
        model.addAttribute("divisions", divisions.findByOfficeIdOrderByName(staff.requireOffice()));
        return "office/admin-divisions";
    }
}
