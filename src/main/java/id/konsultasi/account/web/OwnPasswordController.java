package id.konsultasi.account.web;

import id.konsultasi.account.PasswordChangeGate;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff change their own password; first of all when an administrator set it ({@link PasswordChangeGate}). */
@Controller
class OwnPasswordController {

    private final UserAdministration administration;

    OwnPasswordController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String form(@ModelAttribute("form") OwnPasswordForm form, HttpServletRequest request, Model model) {
        return view(request, model);
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(StaffPrincipal staff, @Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getRepeatPassword())) {
            result.rejectValue("repeatPassword", "password.repeat.different");
        }
        if (!result.hasErrors()) {
            try {
                administration.changeOwnPassword(staff, form.getCurrentPassword(), form.getNewPassword());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(PasswordChangeGate.REQUIRED);
                }
                redirect.addFlashAttribute("flash", "flash.password.changed");
                return "redirect:/staf";
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        // what was typed in a password field is never sent back
        form.setCurrentPassword(null);
        form.setNewPassword(null);
        form.setRepeatPassword(null);
        return view(request, model);
    }

    private static String view(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("required", session != null && session.getAttribute(PasswordChangeGate.REQUIRED) != null);
        return "account/own-password";
    }
}
