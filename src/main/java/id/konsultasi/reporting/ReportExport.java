package id.konsultasi.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.shared.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's figures as rows (section, item, value) for a spreadsheet: CSV in the one dialect of every
 * export ({@link Csv}: ";" between cells, a decimal comma) and XLSX with numbers as numbers. Percentages,
 * medians and the IKM have two decimals.
 */
@Component
public class ReportExport {

    private final MessageSource messages;

    ReportExport(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of the export. {@code value} is a Long, a BigDecimal (two decimals), or text. */
    public record Row(String office, String section, String item, Object value) {
    }

    public List<Row> rows(List<OfficeReport> reports, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (OfficeReport r : reports) {
            String o = r.officeName();
            rows.add(new Row(o, t("reporting.section.total", locale), t("reporting.requests", locale), r.requests()));
            counts(rows, o, t("reporting.byChannel", locale), r.byChannel(), true, locale);
            counts(rows, o, t("reporting.byApplicantType", locale), r.byApplicantType(), true, locale);
            counts(rows, o, t("reporting.byMode", locale), r.byMode(), true, locale);
            counts(rows, o, t("reporting.byStatus", locale), r.byStatus(), true, locale);
            counts(rows, o, t(r.byDivisionTitleKey(), locale), r.byDivision(), false, locale);
            share(rows, o, t("reporting.answerLetters", locale), r.answerLetters(), locale);
            share(rows, o, t("reporting.consultations", locale), r.consultations(), locale);
            share(rows, o, t("reporting.walkIns", locale), r.walkIns(), locale);
            share(rows, o, t("reporting.reports", locale), r.reports(), locale);
            String medians = t("reporting.medians", locale);
            rows.add(new Row(o, medians, t("reporting.median.answer", locale), decimal(r.medianAnswerWorkingHours())));
            rows.add(new Row(o, medians, t("reporting.median.consultation", locale),
                    decimal(r.medianConsultationWorkingDays())));
            rows.add(new Row(o, medians, t("reporting.median.walkIn", locale), decimal(r.medianWalkInWaitMinutes())));
            String complaints = t("reporting.complaints", locale);
            rows.add(new Row(o, complaints, t("reporting.complaints.total", locale), r.complaints().total()));
            rows.add(new Row(o, complaints, t("reporting.complaints.onTime", locale),
                    r.complaints().onTimePercent().orElse(null)));
            String ikm = t("reporting.ikm", locale);
            rows.add(new Row(o, ikm, t("reporting.ikm.respondents", locale), r.satisfaction().respondents()));
            rows.add(new Row(o, ikm, t("reporting.ikm.index", locale), r.satisfaction().hasRespondents()
                    ? r.satisfaction().ikm() : null));
        }
        return rows;
    }

    public byte[] csv(List<Row> rows, Locale locale) {
        Csv csv = new Csv().row(t("reporting.csv.office", locale), t("reporting.csv.section", locale),
                t("reporting.csv.item", locale), t("reporting.csv.value", locale));
        for (Row r : rows) {
            csv.row(r.office(), r.section(), r.item(), r.value());
        }
        return csv.bytes();
    }

    public byte[] xlsx(List<Row> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Layanan Konsultasi", "1.0");
            Worksheet sheet = workbook.newWorksheet(t("reporting.title", locale));
            String[] header = {t("reporting.csv.office", locale), t("reporting.csv.section", locale),
                    t("reporting.csv.item", locale), t("reporting.csv.value", locale)};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().set();
            }
            int i = 1;
            for (Row r : rows) {
                sheet.value(i, 0, r.office());
                sheet.value(i, 1, r.section());
                sheet.value(i, 2, r.item());
                if (r.value() instanceof Number n) {
                    sheet.value(i, 3, n);
                } else if (r.value() != null) {
                    sheet.value(i, 3, r.value().toString());
                }
                i++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void counts(List<Row> rows, String office, String section, Map<String, Long> counts, boolean messageKeys,
                        Locale locale) {
        counts.forEach((key, n) -> rows.add(new Row(office, section,
                messageKeys || OfficeReport.isWithoutDivision(key) ? t(key, locale) : key, n)));
    }

    private void share(List<Row> rows, String office, String section, Share share, Locale locale) {
        rows.add(new Row(office, section, t("reporting.onTime", locale), share.onTime()));
        rows.add(new Row(office, section, t("reporting.lateDone", locale), share.late()));
        rows.add(new Row(office, section, t("reporting.overdue", locale), share.overdue()));
        rows.add(new Row(office, section, t("reporting.percentOnTime", locale),
                share.percent().orElse(null)));
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
