package id.konsultasi.account.web;

import java.time.Clock;
import java.time.LocalDate;

import id.konsultasi.account.DelegationAdministration;
import id.konsultasi.account.DelegationKind;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.InputRejected;
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

/** The head of office names acting officials (Plh/Plt) and revokes them. */
@Controller
@RequestMapping("/staf/delegasi")
class DelegationController {

    private final DelegationAdministration administration;
    private final Offices offices;
    private final Clock clock;

    DelegationController(DelegationAdministration administration, Offices offices, Clock clock) {
        this.administration = administration;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("form", DelegationForm.fresh(today(staff)));
        return view(staff, page, model);
    }

    @PostMapping
    String create(StaffPrincipal staff, @Valid @ModelAttribute("form") DelegationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.create(staff, form.toDelegation());
                redirect.addFlashAttribute("flash", "flash.delegation.created");
                return "redirect:/staf/delegasi";
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return view(staff, 0, model);
    }

    @PostMapping("/{id}/cabut")
    String revoke(StaffPrincipal staff, @PathVariable long id, @RequestParam Long version,
                  RedirectAttributes redirect) {
        administration.revoke(staff, id, version);
        redirect.addFlashAttribute("flash", "flash.delegation.revoked");
        return "redirect:/staf/delegasi";
    }

    private String view(StaffPrincipal staff, int page, Model model) {
        model.addAttribute("delegations", administration.list(staff, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("candidates", administration.candidates(staff));
        model.addAttribute("kinds", DelegationKind.values());
        return "account/delegations";
    }

    private LocalDate today(StaffPrincipal staff) {
        return LocalDate.now(clock.withZone(offices.require(staff.requireOffice()).zone()));
    }
}
