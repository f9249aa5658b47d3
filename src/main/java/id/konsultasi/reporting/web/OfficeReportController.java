package id.konsultasi.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.reporting.OfficeReport;
import id.konsultasi.reporting.ReportExport;
import id.konsultasi.reporting.ReportService;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import id.konsultasi.shared.web.PeriodForm;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's reports for the head and the office administrator; all offices for the system
 * administrator. A period is chosen by its first and last day; the same figures are exported.
 */
@Controller
@RequestMapping("/staf/laporan")
class OfficeReportController {

    private static final String PAGE = "/staf/laporan";

    private final ReportService reports;
    private final ReportExport export;
    private final PdfRenderer renderer;
    private final Offices offices;
    private final Clock clock;
    private final Letterheads letterheads;

    OfficeReportController(ReportService reports, ReportExport export, PdfRenderer renderer, Offices offices, Clock clock,
                           Letterheads letterheads) {
        this.letterheads = letterheads;
        this.reports = reports;
        this.export = export;
        this.renderer = renderer;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping
    String page(StaffPrincipal staff, PeriodForm asked, @RequestParam(name = "kantor", required = false) Long officeFilter,
                Model model) {
        Period period = period(staff, asked);
        model.addAttribute("period", period);
        model.addAttribute("reports", reportsFor(staff, officeFilter, period));
        model.addAttribute("kantor", officeFilter);
        model.addAttribute("offices", staff.isSystemAdmin() ? offices.findByActiveTrueOrderByName() : List.of());
        model.addAttribute("month", YearMonth.from(period.from()));
        return "reporting/reports";
    }

    @GetMapping("/ekspor.csv")
    ResponseEntity<byte[]> csv(StaffPrincipal staff, PeriodForm asked,
                               @RequestParam(name = "kantor", required = false) Long officeFilter) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        Period period = period(staff, asked);
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.attachment(export.csv(export.rows(reportsFor(staff, officeFilter, period), locale), locale),
                Csv.MEDIA_TYPE, name(period, "csv"));
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> xlsx(StaffPrincipal staff, PeriodForm asked,
                                @RequestParam(name = "kantor", required = false) Long officeFilter) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        Period period = period(staff, asked);
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.attachment(export.xlsx(export.rows(reportsFor(staff, officeFilter, period), locale), locale),
                Downloads.XLSX, name(period, "xlsx"));
    }

    /** The monthly recap for the head's performance report, on the office letterhead. */
    @GetMapping("/rekap.pdf")
    ResponseEntity<byte[]> recap(StaffPrincipal staff, @RequestParam(name = "bulan") @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                 @RequestParam(name = "kantor", required = false) Long officeFilter) {
        long officeId = staff.isSystemAdmin() && officeFilter != null ? offices.require(officeFilter).getId()
                : staff.requireOffice();
        OfficeReport report = reports.report(officeId, Period.of(month));
        Office office = offices.require(officeId);
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("logo", letterheads.logoDataUri(office.getId()));
        model.put("report", report);
        model.put("month", month);
        model.put("printedOn", LocalDate.now(clock.withZone(office.zone())));
        return Downloads.attachment(renderer.pdf("documents/monthly-recap", model), Downloads.PDF,
                "rekap-konsultasi-" + office.getCode() + "-" + month + ".pdf");
    }

    private List<OfficeReport> reportsFor(StaffPrincipal staff, Long officeFilter, Period period) {
        if (staff.isSystemAdmin()) {
            return officeFilter == null ? reports.allOffices(period)
                    : List.of(reports.report(offices.require(officeFilter).getId(), period));
        }
        return List.of(reports.report(staff.requireOffice(), period));
    }

    /** The chosen period; the current month by default. */
    private Period period(StaffPrincipal staff, PeriodForm asked) {
        LocalDate today = LocalDate.now(clock.withZone(staff.officeId() == null ? java.time.ZoneId.of("Asia/Jakarta")
                : offices.require(staff.officeId()).zone()));
        return asked.period(Period.of(YearMonth.from(today)));
    }

    private static String name(Period period, String extension) {
        return "laporan-konsultasi-" + period.from() + "-" + period.to() + "." + extension;
    }
}
