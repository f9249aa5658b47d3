package id.konsultasi.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.reporting.OfficeReport;
import id.konsultasi.reporting.Period;
import id.konsultasi.reporting.ReportExport;
import id.konsultasi.reporting.ReportService;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.security.StaffPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

    private final ReportService reports;
    private final ReportExport export;
    private final PdfRenderer renderer;
    private final Offices offices;
    private final Clock clock;

    OfficeReportController(ReportService reports, ReportExport export, PdfRenderer renderer, Offices offices, Clock clock) {
        this.reports = reports;
        this.export = export;
        this.renderer = renderer;
        this.offices = offices;
        this.clock = clock;
    }

    @GetMapping
    String page(StaffPrincipal staff, @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(name = "kantor", required = false) Long officeFilter, Model model) {
        Period period = period(staff, from, to);
        model.addAttribute("period", period);
        model.addAttribute("periodError", periodError(from, to));
        model.addAttribute("reports", reportsFor(staff, officeFilter, period));
        model.addAttribute("kantor", officeFilter);
        model.addAttribute("offices", staff.isSystemAdmin() ? offices.findByActiveTrueOrderByName() : List.of());
        model.addAttribute("month", YearMonth.from(period.from()));
        return "reporting/reports";
    }

    @GetMapping("/ekspor.csv")
    ResponseEntity<byte[]> csv(StaffPrincipal staff,
                               @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(name = "kantor", required = false) Long officeFilter) {
        Period period = period(staff, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        return download(export.csv(export.rows(reportsFor(staff, officeFilter, period), locale), locale),
                Csv.MEDIA_TYPE.toString(), name(period, "csv"));
    }

    @GetMapping("/ekspor.xlsx")
    ResponseEntity<byte[]> xlsx(StaffPrincipal staff,
                                @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(name = "kantor", required = false) Long officeFilter) {
        Period period = period(staff, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        return download(export.xlsx(export.rows(reportsFor(staff, officeFilter, period), locale), locale),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name(period, "xlsx"));
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
        model.put("report", report);
        model.put("month", month);
        model.put("printedOn", LocalDate.now(clock.withZone(office.zone())));
        return download(renderer.pdf("documents/monthly-recap", model), MediaType.APPLICATION_PDF_VALUE,
                "rekap-konsultasi-" + office.getCode() + "-" + month + ".pdf");
    }

    private List<OfficeReport> reportsFor(StaffPrincipal staff, Long officeFilter, Period period) {
        if (staff.isSystemAdmin()) {
            return officeFilter == null ? reports.allOffices(period)
                    : List.of(reports.report(offices.require(officeFilter).getId(), period));
        }
        return List.of(reports.report(staff.requireOffice(), period));
    }

    /** The chosen period, or the current month when none (or an impossible one) is chosen. */
    private Period period(StaffPrincipal staff, LocalDate from, LocalDate to) {
        if (from != null && to != null && periodError(from, to) == null) {
            return new Period(from, to);
        }
        LocalDate today = LocalDate.now(clock.withZone(staff.officeId() == null ? java.time.ZoneId.of("Asia/Jakarta")
                : offices.require(staff.officeId()).zone()));
        return Period.of(YearMonth.from(today));
    }

    private static String periodError(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return null;
        }
        try {
            new Period(from, to);
            return null;
        } catch (IllegalArgumentException e) {
            return to.isBefore(from) ? "reporting.period.reversed" : "reporting.period.tooLong";
        }
    }

    private static String name(Period period, String extension) {
        return "laporan-konsultasi-" + period.from() + "-" + period.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String type, String filename) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
