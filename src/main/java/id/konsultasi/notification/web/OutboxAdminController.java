package id.konsultasi.notification.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import id.konsultasi.notification.MailStatus;
import id.konsultasi.notification.OutboxAdministration;
import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox: what the application mailed, whether it arrived at the SMTP server, and why not. Office
 * administrators see their office's mail; the system administrator sees all, by office.
 */
@Controller
@RequestMapping("/admin/surel")
class OutboxAdminController {

    private static final int PAGE_SIZE = 25;
    /** the system administrator, who belongs to no office, reads times in WIB */
    private static final ZoneId NATIONAL_ZONE = ZoneId.of("Asia/Jakarta");

    private final OutboxAdministration administration;
    private final Offices offices;

    OutboxAdminController(OutboxAdministration administration, Offices offices) {
        this.administration = administration;
        this.offices = offices;
    }

    @ModelAttribute("statuses")
    MailStatus[] statuses() {
        return MailStatus.values();
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "status", required = false) MailStatus status,
                @RequestParam(name = "kantor", required = false) Long officeFilter,
                @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("mails", administration.search(staff, officeFilter, status,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("statusFilter", status);
        model.addAttribute("kantor", staff.isSystemAdmin() ? officeFilter : null);
        return view(staff, model, "notification/outbox");
    }

    @GetMapping("/{id}")
    String show(StaffPrincipal staff, @PathVariable long id, Model model) {
        model.addAttribute("mail", administration.require(staff, id));
        return view(staff, model, "notification/outbox-mail");
    }

    @PostMapping("/{id}/kirim-ulang")
    String retry(StaffPrincipal staff, @PathVariable long id, RedirectAttributes redirect) {
        boolean queued = administration.retry(staff, id);
        redirect.addFlashAttribute("flash", queued ? "flash.mail.retried" : "flash.mail.alreadySent");
        return "redirect:/admin/surel/" + id;
    }

    /** Office names (for the filter and the office column) and the time zone the times are shown in. */
    private String view(StaffPrincipal staff, Model model, String template) {
        Map<Long, String> names = new LinkedHashMap<>();
        offices.findAllByOrderByName().stream()
                .filter(o -> staff.isSystemAdmin() || o.getId().equals(staff.officeId()))
                .forEach(o -> names.put(o.getId(), o.getName()));
        ZoneId zone = staff.isSystemAdmin() ? NATIONAL_ZONE : offices.require(staff.requireOffice()).zone();
        model.addAttribute("officeNames", names);
        model.addAttribute("systemAdmin", staff.isSystemAdmin());
        model.addAttribute("zone", zone);
        model.addAttribute("zoneName", IndonesianTimeZones.abbreviation(zone));
        return template;
    }
}
