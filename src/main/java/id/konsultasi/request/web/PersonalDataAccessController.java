package id.konsultasi.request.web;

import id.konsultasi.office.Offices;
import id.konsultasi.request.PersonalDataAccesses;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office administrator sees who opened which personal data, and when (UU 27/2022). */
@Controller
class PersonalDataAccessController {

    private final PersonalDataAccesses accesses;
    private final Offices offices;

    PersonalDataAccessController(PersonalDataAccesses accesses, Offices offices) {
        this.accesses = accesses;
        this.offices = offices;
    }

    @GetMapping("/admin/akses-data")
    String list(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("accesses", accesses.findByOfficeIdOrderByAtDesc(staff.requireOffice(),
                PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("zone", offices.require(staff.requireOffice()).zone());
        return "request/access-log";
    }
}
