package id.konsultasi.reporting.web;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.reporting.PerformanceService;
import id.konsultasi.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's public performance page: the periods its head published, for anyone. */
@Controller
class PublicPerformanceController {

    private final OfficeDirectory directory;
    private final PerformanceService performance;

    PublicPerformanceController(OfficeDirectory directory, PerformanceService performance) {
        this.directory = directory;
        this.performance = performance;
    }

    @GetMapping("/kantor/{code}/kinerja")
    String page(@PathVariable String code, Model model) {
        Office office = directory.activeByCode(code).orElseThrow(() -> new NotFoundException("office " + code));
        model.addAttribute("office", office);
        model.addAttribute("periods", performance.published(office.getId()));
        model.addAttribute("minRespondents", performance.minRespondents());
        return "reporting/performance";
    }
}
