package id.konsultasi.office.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

import id.konsultasi.office.Holiday;
import id.konsultasi.office.HolidayKind;
import id.konsultasi.office.Holidays;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.FormPosts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holidays: the system administrator keeps the national list ({@code /sistem/libur}); an office
 * administrator adds the office's own days ({@code /admin/libur}) and sees the national ones.
 */
@Controller
class HolidayAdminController {

    private static final String OFFICE = "/admin/libur";
    private static final String NATIONAL = "/sistem/libur";

    private final Holidays holidays;
    private final OfficeAdministration administration;
    private final Clock clock;

    HolidayAdminController(Holidays holidays, OfficeAdministration administration, Clock clock) {
        this.holidays = holidays;
        this.administration = administration;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    HolidayKind[] kinds() {
        return HolidayKind.values();
    }

    @GetMapping({OFFICE, NATIONAL})
    String list(StaffPrincipal staff, @RequestParam(name = "tahun", required = false) Integer year,
                HttpServletRequest request, Model model) {
        Scope scope = scopeOf(request);
        HolidayForm form = new HolidayForm();
        form.setKind(scope.national() ? HolidayKind.NATIONAL : HolidayKind.LOCAL);
        model.addAttribute("form", form);
        return listView(staff, scope, year, model);
    }

    @PostMapping({OFFICE, NATIONAL})
    String add(StaffPrincipal staff, HttpServletRequest request,
               @Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        Scope scope = scopeOf(request);
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.addHoliday(scope.officeId(staff), form.getDate(), form.getName().trim(), form.getKind());
            return scope.path() + "?tahun=" + form.getDate().getYear();
        }, () -> listView(staff, scope, form.getDate() == null ? null : form.getDate().getYear(), model));
    }

    @GetMapping({OFFICE + "/{id}", NATIONAL + "/{id}"})
    String edit(StaffPrincipal staff, HttpServletRequest request, @PathVariable long id, Model model) {
        Scope scope = scopeOf(request);
        Holiday holiday = administration.requireHoliday(scope.officeId(staff), id);
        HolidayForm form = new HolidayForm();
        form.setVersion(holiday.getVersion());
        form.setDate(holiday.getDate());
        form.setName(holiday.getName());
        form.setKind(holiday.getKind());
        model.addAttribute("holiday", holiday);
        model.addAttribute("scope", scope);
        model.addAttribute("form", form);
        return "office/holiday-edit";
    }

    @PostMapping({OFFICE + "/{id}", NATIONAL + "/{id}"})
    String update(StaffPrincipal staff, HttpServletRequest request, @PathVariable long id,
                  @Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Scope scope = scopeOf(request);
        Holiday holiday = administration.requireHoliday(scope.officeId(staff), id);
        return FormPosts.save(result, redirect, "flash.saved", () -> {
            administration.updateHoliday(scope.officeId(staff), id, form.getVersion(), form.getDate(),
                    form.getName().trim(), form.getKind());
            return scope.path() + "?tahun=" + form.getDate().getYear();
        }, () -> {
            model.addAttribute("holiday", holiday);
            model.addAttribute("scope", scope);
            return "office/holiday-edit";
        });
    }

    @PostMapping({OFFICE + "/{id}/hapus", NATIONAL + "/{id}/hapus"})
    String remove(StaffPrincipal staff, HttpServletRequest request, @PathVariable long id,
                  RedirectAttributes redirect) {
        Scope scope = scopeOf(request);
        int year = administration.requireHoliday(scope.officeId(staff), id).getDate().getYear();
        administration.removeHoliday(scope.officeId(staff), id);
        redirect.addFlashAttribute("flash", "flash.deleted");
        return "redirect:" + scope.path() + "?tahun=" + year;
    }

    /** The scope comes from the path alone (never from a parameter): the security rules guard each path. */
    private static Scope scopeOf(HttpServletRequest request) {
        return new Scope(request.getRequestURI().startsWith(request.getContextPath() + NATIONAL));
    }

    private String listView(StaffPrincipal staff, Scope scope, Integer year, Model model) {
        model.addAttribute("scope", scope);
        int shown = year == null || year < 1900 || year > 2200 ? Year.now(clock).getValue() : year;
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = LocalDate.of(shown, 12, 31);
        model.addAttribute("year", shown);
        model.addAttribute("holidays", scope.national() ? holidays.national(from, to)
                : holidays.observedBy(staff.requireOffice(), from, to));
        return "office/holidays";
    }

    /** Whether the page edits the national list or one office's days. */
    public record Scope(boolean national) {

        Long officeId(StaffPrincipal staff) {
            return national ? null : staff.requireOffice();
        }

        public String path() {
            return national ? NATIONAL : OFFICE;
        }
    }
}
