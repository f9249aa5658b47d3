package id.konsultasi.intake.web;

import id.konsultasi.intake.LinkAgain;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lost the link? The applicant enters the receipt number and the e-mail address used; if both match,
 * the link is mailed. The answer is the same either way, so nobody learns which receipt numbers exist
 * ({@link LinkAgain}).
 */
@Controller
@RequestMapping("/lacak")
class FindLinkController {

    private final LinkAgain links;

    FindLinkController(LinkAgain links) {
        this.links = links;
    }

    @GetMapping
    String form(@ModelAttribute("form") FindLinkForm form) {
        return "intake/find-link";
    }

    @PostMapping
    String send(@Valid @ModelAttribute("form") FindLinkForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "intake/find-link";
        }
        links.ask(form.getReceiptNumber(), form.getEmail());
        redirect.addFlashAttribute("flash", "findLink.sent");
        return "redirect:/lacak";
    }
}
