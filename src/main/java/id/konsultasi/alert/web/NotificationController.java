package id.konsultasi.alert.web;

import java.util.Locale;
import java.util.Map;

import id.konsultasi.alert.MyNotifications;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's notifications: the list, opening one, marking read; and the bell's count for its script. */
@Controller
@RequestMapping("/staf/pemberitahuan")
class NotificationController {

    private static final int PAGE_SIZE = 20;

    private final MyNotifications notifications;
    private final Offices offices;
    private final MessageSource messages;

    NotificationController(MyNotifications notifications, Offices offices, MessageSource messages) {
        this.notifications = notifications;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        var office = offices.require(staff.requireOffice());
        model.addAttribute("notifications", notifications.list(staff, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("zone", office.zone());
        model.addAttribute("zoneName", office.getZoneAbbreviation());
        return "alert/notifications";
    }

    /** The bell's count, read every half minute by {@code js/bell.js}; never cached. */
    @GetMapping(value = "/jumlah", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Map<String, Object>> count(StaffPrincipal staff, Locale locale) {
        staff.requireOffice();
        long unread = notifications.unread(staff);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("unread", unread, "label", messages.getMessage("alert.bell.unread",
                        new Object[]{unread}, locale)));
    }

    /** Opening a notification marks it read and leads to its page. */
    @GetMapping("/{id}")
    String open(StaffPrincipal staff, @PathVariable long id) {
        return "redirect:" + notifications.open(staff, id);
    }

    @PostMapping("/{id}/dibaca")
    String markRead(StaffPrincipal staff, @PathVariable long id,
                    @RequestParam(name = "hal", defaultValue = "0") int page) {
        notifications.markRead(staff, id);
        return "redirect:/staf/pemberitahuan" + (page > 0 ? "?hal=" + page : "");
    }

    @PostMapping("/dibaca")
    String markAllRead(StaffPrincipal staff, RedirectAttributes redirect) {
        notifications.markAllRead(staff);
        redirect.addFlashAttribute("flash", "flash.alert.allRead");
        return "redirect:/staf/pemberitahuan";
    }
}
