package id.konsultasi.account.web;

import java.time.ZoneId;

import id.konsultasi.account.LoginThrottle;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The record of failed sign-ins and of what waits now: the office administrator sees the office's accounts, the
 * system administrator every account, unknown names and client addresses; either lifts a wait.
 */
@Controller
@RequestMapping("/admin/pengguna/percobaan-masuk")
class LoginRecordController {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final LoginThrottle throttle;
    private final Offices offices;

    LoginRecordController(LoginThrottle throttle, Offices offices) {
        this.throttle = throttle;
        this.offices = offices;
    }

    @GetMapping
    String record(StaffPrincipal staff, Model model) {
        model.addAttribute("blocks", throttle.blocks(staff));
        model.addAttribute("failures", throttle.failures(staff));
        Office office = staff.isSystemAdmin() ? null : offices.require(staff.requireOffice());
        model.addAttribute("zone", office == null ? WIB : office.zone());
        model.addAttribute("zoneName", office == null ? "WIB" : office.getZoneAbbreviation());
        return "account/login-record";
    }

    @PostMapping("/buka")
    String lift(StaffPrincipal staff, @RequestParam(required = false) String username,
                @RequestParam(required = false) String address, RedirectAttributes redirect) {
        if (address != null && !address.isBlank()) {
            throttle.lift(staff, "ADDRESS", address.trim());
        } else {
            throttle.lift(staff, "ACCOUNT", username == null ? "" : username);
        }
        redirect.addFlashAttribute("flash", "flash.login.lifted");
        return "redirect:/admin/pengguna/percobaan-masuk";
    }
}
