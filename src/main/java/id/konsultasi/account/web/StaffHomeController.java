package id.konsultasi.account.web;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after signing in: their office and what each of their roles does here. */
@Controller
class StaffHomeController {

    private final Offices offices;

    StaffHomeController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/staf")
    String home(StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("office", staff.officeId() == null ? null : offices.findById(staff.officeId()).orElse(null));
        return "account/staff-home";
    }
}
