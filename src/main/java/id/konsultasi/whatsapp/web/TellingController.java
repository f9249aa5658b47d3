package id.konsultasi.whatsapp.web;

import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.whatsapp.TellingService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The buttons of the request page's list of what the applicant was told: "send by WhatsApp" (recorded, then, in the
 * new tab, the page that opens wa.me with the message) and "handed over at the counter" (recorded, back to the
 * request page). The page opens WhatsApp itself (a {@code Refresh} header, and a link): the form may post only to
 * this application ({@code form-action 'self'}), which a redirect of the post to wa.me would break.
 */
@Controller
@RequestMapping("/staf/kabar/{requestId}/{kind}")
class TellingController {

    private final TellingService telling;

    TellingController(TellingService telling) {
        this.telling = telling;
    }

    @PostMapping("/whatsapp")
    RedirectView sendByWhatsApp(StaffPrincipal staff, @PathVariable long requestId, @PathVariable String kind) {
        telling.sendByWhatsApp(staff, requestId, kind);
        RedirectView opening = new RedirectView("/staf/kabar/" + requestId + "/" + kind + "/whatsapp", true);
        opening.setStatusCode(HttpStatus.SEE_OTHER);
        return opening;
    }

    @GetMapping("/whatsapp")
    String openWhatsApp(StaffPrincipal staff, @PathVariable long requestId, @PathVariable String kind, Model model,
                        HttpServletResponse response) {
        TellingService.WhatsAppLink link = telling.whatsAppLink(staff, requestId, kind);
        response.setHeader("Refresh", "0; url=" + link.address());
        model.addAttribute("link", link);
        model.addAttribute("requestId", requestId);
        return "whatsapp/open";
    }

    @PostMapping("/diserahkan")
    String handedOver(StaffPrincipal staff, @PathVariable long requestId, @PathVariable String kind,
                      RedirectAttributes redirect) {
        telling.handedOver(staff, requestId, kind);
        redirect.addFlashAttribute("flash", "told.handedOver");
        return "redirect:/staf/permohonan/" + requestId;
    }
}
