package id.konsultasi.reporting.web;

import java.util.List;

import id.konsultasi.office.Offices;
import id.konsultasi.reporting.PerformancePeriod;
import id.konsultasi.reporting.PerformanceService;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The head of office publishes the office's performance, period by period, with what the office changed in
 * response; and withdraws a period again. Only for the own office.
 */
@Controller
@RequestMapping("/staf/kinerja")
class PerformancePublishingController {

    private static final String PAGE = "redirect:/staf/kinerja";

    private final PerformanceService performance;
    private final Offices offices;
    private final MessageSource messages;

    PerformancePublishingController(PerformanceService performance, Offices offices, MessageSource messages) {
        this.performance = performance;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping
    String page(StaffPrincipal staff, Model model) {
        return show(staff, null, List.of(), model);
    }

    @PostMapping("/terbitkan")
    String publish(StaffPrincipal staff, @Valid @ModelAttribute("form") PerformanceForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("year") && !result.hasFieldErrors("quarter")
                && !performance.hasBegun(staff.requireOffice(), form.period())) {
            result.rejectValue("year", "performance.notBegun");
        }
        if (result.hasErrors()) {
            return show(staff, form, result.getAllErrors().stream()
                    .map(e -> messages.getMessage(e, LocaleContextHolder.getLocale())).toList(), model);
        }
        performance.publish(staff, form.period(), form.getFollowUp());
        redirect.addFlashAttribute("flash", "performance.published");
        return PAGE;
    }

    @PostMapping("/tarik")
    String withdraw(StaffPrincipal staff, @RequestParam(name = "year") int year,
                    @RequestParam(name = "quarter", required = false) Integer quarter, RedirectAttributes redirect) {
        if (year < PerformancePeriod.FIRST_YEAR || year > 9999 || (quarter != null && (quarter < 1 || quarter > 4))) {
            return PAGE;
        }
        performance.withdraw(staff, new PerformancePeriod(year, quarter));
        redirect.addFlashAttribute("flash", "performance.withdrawn");
        return PAGE;
    }

    /** The periods; after an error, the form sent stands in its period with what was typed. */
    private String show(StaffPrincipal staff, PerformanceForm failed, List<String> errors, Model model) {
        model.addAttribute("office", offices.require(staff.requireOffice()));
        model.addAttribute("periods", performance.periods(staff));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("minRespondents", performance.minRespondents());
        return "reporting/performance-publish";
    }
}
