package id.konsultasi.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Period;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;

/**
 * The monthly recap for the head's performance report, on the office letterhead. A closed month's recap is issued
 * once (verification code, signature, stored bytes) the first time it is downloaded; the current month's is a draft,
 * made anew each time, without a code.
 */
@Component
public class MonthlyRecap {

    private final ReportService reports;
    private final Letterheads letterheads;
    private final PdfRenderer renderer;
    private final Offices offices;
    private final IssuedLetters issued;
    private final Clock clock;

    MonthlyRecap(ReportService reports, PdfRenderer renderer, Offices offices, IssuedLetters issued, Clock clock,
                 Letterheads letterheads) {
        this.letterheads = letterheads;
        this.reports = reports;
        this.renderer = renderer;
        this.offices = offices;
        this.issued = issued;
        this.clock = clock;
    }

    public byte[] pdf(long officeId, YearMonth month) {
        Office office = offices.require(officeId);
        LocalDate today = LocalDate.now(clock.withZone(office.zone()));
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("logo", letterheads.logoDataUri(office.getId()));
        model.put("report", reports.report(officeId, Period.of(month)));
        model.put("month", month);
        model.put("printedOn", today);
        if (!month.atEndOfMonth().isBefore(today)) {
            return renderer.pdf("documents/monthly-recap", model);
        }
        return issued.issue(new IssueRequest(officeId, LetterKind.MONTHLY_RECAP, number(office, month),
                "recap:" + officeId + ":" + month, null, null), verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/monthly-recap", model);
                });
    }

    public String filename(Office office, YearMonth month) {
        return "rekap-konsultasi-" + office.getCode() + "-" + month + ".pdf";
    }

    private static String number(Office office, YearMonth month) {
        return "REKAP/" + office.getCode().toUpperCase(java.util.Locale.ROOT) + "/" + month;
    }
}
