package id.konsultasi.account.web;

import java.util.Arrays;
import java.util.List;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Office administrators manage their office's users; the system administrator manages all. */
@Controller
@RequestMapping("/admin/pengguna")
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final UserAdministration administration;
    private final Offices offices;
    private final Divisions divisions;

    UserAdminController(UserAdministration administration, Offices offices, Divisions divisions) {
        this.administration = administration;
        this.offices = offices;
        this.divisions = divisions;
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "q", defaultValue = "") String query,
                @RequestParam(name = "kantor", required = false) Long officeFilter,
                @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("users", administration.search(staff, officeFilter, query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", query);
        model.addAttribute("kantor", officeFilter);
        model.addAttribute("officeNames", officeNames(staff));
        return "account/users";
    }

    @GetMapping("/baru")
    String create(StaffPrincipal staff, Model model) {
        UserForm form = new UserForm();
        form.setOfficeId(staff.officeId());
        model.addAttribute("form", form);
        return formView(staff, null, model);
    }

    @PostMapping("/baru")
    String add(StaffPrincipal staff, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StaffUser user = administration.create(staff, form.getOfficeId(), form.getUsername(),
                        form.getPassword(), form.toProfile(), form.getRoles());
                redirect.addFlashAttribute("flash", "flash.saved");
                return "redirect:/admin/pengguna/" + user.getId();
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        form.setPassword(null);
        return formView(staff, null, model);
    }

    @GetMapping("/{id}")
    String edit(StaffPrincipal staff, @PathVariable long id, Model model) {
        StaffUser user = administration.require(staff, id);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("passwordForm", new PasswordForm());
        return formView(staff, user, model);
    }

    @PostMapping("/{id}")
    String update(StaffPrincipal staff, @PathVariable long id, @Valid @ModelAttribute("form") UserForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        StaffUser user = administration.require(staff, id);
        if (!result.hasErrors()) {
            try {
                administration.change(staff, id, form.getVersion(), form.toProfile(), form.getRoles());
                redirect.addFlashAttribute("flash", "flash.saved");
                return "redirect:/admin/pengguna/" + id;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("passwordForm", new PasswordForm());
        return formView(staff, user, model);
    }

    @PostMapping("/{id}/status")
    String setActive(StaffPrincipal staff, @PathVariable long id, @RequestParam boolean active,
                     RedirectAttributes redirect) {
        administration.setActive(staff, id, active);
        redirect.addFlashAttribute("flash", active ? "flash.user.activated" : "flash.user.deactivated");
        return "redirect:/admin/pengguna/" + id;
    }

    @PostMapping("/{id}/kata-sandi")
    String resetPassword(StaffPrincipal staff, @PathVariable long id,
                         @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm, BindingResult result,
                         Model model, RedirectAttributes redirect) {
        StaffUser user = administration.require(staff, id);
        if (!result.hasErrors()) {
            try {
                administration.resetPassword(staff, id, passwordForm.getPassword());
                redirect.addFlashAttribute("flash", "flash.user.passwordReset");
                return "redirect:/admin/pengguna/" + id;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("form", UserForm.of(user));
        return formView(staff, user, model);
    }

    private String formView(StaffPrincipal staff, StaffUser user, Model model) {
        Long officeId = user != null ? user.getOfficeId() : staff.officeId();
        model.addAttribute("user", user);
        model.addAttribute("assignableRoles", Arrays.stream(Role.values())
                .filter(r -> staff.isSystemAdmin() || r != Role.SYSTEM_ADMIN).toList());
        model.addAttribute("divisions", staff.isSystemAdmin() && user == null ? divisions.findAll()
                : officeId == null ? List.of() : divisions.findByOfficeIdOrderByName(officeId));
        model.addAttribute("officeNames", officeNames(staff));
        return "account/user-form";
    }

    private java.util.Map<Long, String> officeNames(StaffPrincipal staff) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        offices.findAllByOrderByName().stream()
                .filter(o -> staff.isSystemAdmin() || o.getId().equals(staff.officeId()))
                .forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }
}
