package id.konsultasi.verification.web;

import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.verification.IssuedLetters;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's list of the letters its office issued, where it records each one's SRIKANDI number. */
@Controller
class IssuedLettersController {

    static final int PAGE_SIZE = 25;

    private final IssuedLetters letters;
    private final OfficeDirectory offices;

    IssuedLettersController(IssuedLetters letters, OfficeDirectory offices) {
        this.letters = letters;
        this.offices = offices;
    }

    /** The SRIKANDI number of one letter; blank removes it. */
    record SrikandiForm(@Size(max = 100, message = "{issuedLetters.srikandi.tooLong}") String number) {
    }

    @GetMapping("/staf/surat")
    String list(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("letters", letters.ofOffice(staff, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("office", offices.office(staff.requireOffice()));
        return "verification/issued-letters";
    }

    @PostMapping("/staf/surat/{id}/srikandi")
    String srikandi(StaffPrincipal staff, @PathVariable long id, @Validated @ModelAttribute SrikandiForm form,
                    BindingResult result, @RequestParam(name = "hal", defaultValue = "0") int page,
                    RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("srikandiError", id);
        } else {
            letters.recordSrikandi(staff, id, form.number());
            redirect.addFlashAttribute("flash", "issuedLetters.srikandi.saved");
        }
        return "redirect:/staf/surat?hal=" + Math.max(page, 0);
    }
}
