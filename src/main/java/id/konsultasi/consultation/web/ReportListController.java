package id.konsultasi.consultation.web;

import java.time.Clock;

import id.konsultasi.consultation.ReportLists;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reports waiting for the division head and for the head, the late ones, and an officer's own. */
@Controller
@RequestMapping("/staf/laporan-konsultasi")
class ReportListController {

    private final ReportLists lists;
    private final Offices offices;
    private final Clock clock;

    ReportListController(ReportLists lists, Offices offices, Clock clock) {
        this.lists = lists;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping("/bidang")
    String divisionHead(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page,
                        @RequestParam(name = "halTerlambat", defaultValue = "0") int latePage, Model model) {
        model.addAttribute("waiting", lists.waitingForDivisionHead(staff, page));
        model.addAttribute("late", lists.lateInDivision(staff, latePage));
        return common(staff, model, "consultation/division-head");
    }

    @GetMapping("/kepala")
    String head(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page,
                @RequestParam(name = "halBidang", defaultValue = "0") int divisionPage,
                @RequestParam(name = "halTerlambat", defaultValue = "0") int latePage, Model model) {
        model.addAttribute("waiting", lists.waitingForHead(staff, page));
        model.addAttribute("atDivisions", lists.atDivisions(staff, divisionPage));
        model.addAttribute("late", lists.lateInOffice(staff, latePage));
        return common(staff, model, "consultation/head");
    }

    @GetMapping("/saya")
    String mine(StaffPrincipal staff, @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", lists.ofOfficer(staff, page));
        return common(staff, model, "consultation/mine");
    }

    private String common(StaffPrincipal staff, Model model, String view) {
        Office office = offices.require(staff.requireOffice());
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        model.addAttribute("now", clock.instant());
        return view;
    }
}
