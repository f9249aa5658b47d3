package id.konsultasi.inbox.web;

import id.konsultasi.inbox.WorkInbox;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after signing in: their office, their roles, what waits for them (the work inbox, by kind, with
 * the state of the deadlines and a link to each list) and what each of their roles does here.
 */
@Controller
class StaffHomeController {

    private final Offices offices;
    private final WorkInbox inbox;

    StaffHomeController(Offices offices, WorkInbox inbox) {
        this.offices = offices;
        this.inbox = inbox;
    }

    @GetMapping("/staf")
    String home(StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("office", staff.officeId() == null ? null : offices.findById(staff.officeId()).orElse(null));
        model.addAttribute("work", inbox.groups(staff).stream().filter(group -> group.count() > 0).toList());
        return "inbox/home";
    }
}
