package id.konsultasi.whatsapp.web;

import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.whatsapp.TellingService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the request page's list of what the applicant was told: "send by WhatsApp" (recorded, then on to
 * wa.me in a new tab) and "handed over at the counter" (recorded, back to the request page).
 */
@Controller
@RequestMapping("/staf/kabar/{requestId}/{kind}")
class TellingController {

    private final TellingService telling;

    TellingController(TellingService telling) {
        this.telling = telling;
    }

    @PostMapping("/whatsapp")
    ResponseEntity<Void> whatsApp(StaffPrincipal staff, @PathVariable long requestId, @PathVariable String kind) {
        String address = telling.sendByWhatsApp(staff, requestId, kind);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, address).build();
    }

    @PostMapping("/diserahkan")
    String handedOver(StaffPrincipal staff, @PathVariable long requestId, @PathVariable String kind,
                      RedirectAttributes redirect) {
        telling.handedOver(staff, requestId, kind);
        redirect.addFlashAttribute("flash", "told.handedOver");
        return "redirect:/staf/permohonan/" + requestId;
    }
}
