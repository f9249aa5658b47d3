package id.konsultasi.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's figures as rows (section, item, value) for a spreadsheet: CSV (UTF-8 with BOM, ";" between
 * cells, so that Excel opens it) and XLSX with numbers as numbers.
 */
@Component
public class ReportExport {

    private final MessageSource messages;

    ReportExport(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of the export. {@code value} is a Long, a Double, or text. */
    public record Row(String office, String section, String item, Object value) {
    }

    public List<Row> rows(List<OfficeReport> reports, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (OfficeReport r : reports) {
            String o = r.officeName();
            rows.add(new Row(o, t("reporting.section.total", locale), t("reporting.requests", locale), r.requests()));
            counts(rows, o, t("reporting.byChannel", locale), r.byChannel(), locale);
            counts(rows, o, t("reporting.byApplicantType", locale), r.byApplicantType(), locale);
            counts(rows, o, t("reporting.byMode", locale), r.byMode(), locale);
            counts(rows, o, t("reporting.byStatus", locale), r.byStatus(), locale);
            counts(rows, o, t("reporting.byDivision", locale), r.byDivision(), locale);
            share(rows, o, t("reporting.answerLetters", locale), r.answerLetters(), locale);
            share(rows, o, t("reporting.consultations", locale), r.consultations(), locale);
            share(rows, o, t("reporting.walkIns", locale), r.walkIns(), locale);
            share(rows, o, t("reporting.reports", locale), r.reports(), locale);
            String medians = t("reporting.medians", locale);
            rows.add(new Row(o, medians, t("reporting.median.answer", locale), r.medianAnswerWorkingHours()));
            rows.add(new Row(o, medians, t("reporting.median.consultation", locale), r.medianConsultationWorkingDays()));
            rows.add(new Row(o, medians, t("reporting.median.walkIn", locale), r.medianWalkInWaitMinutes()));
            String complaints = t("reporting.complaints", locale);
            rows.add(new Row(o, complaints, t("reporting.complaints.total", locale), r.complaints().total()));
            rows.add(new Row(o, complaints, t("reporting.complaints.onTime", locale),
                    r.complaints().onTimePercent().map(Number::doubleValue).orElse(null)));
            String ikm = t("reporting.ikm", locale);
            rows.add(new Row(o, ikm, t("reporting.ikm.respondents", locale), r.satisfaction().respondents()));
            rows.add(new Row(o, ikm, t("reporting.ikm.index", locale), r.satisfaction().hasRespondents()
                    ? r.satisfaction().ikm().doubleValue() : null));
        }
        return rows;
    }

    public byte[] csv(List<Row> rows, Locale locale) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, t("reporting.csv.office", locale), t("reporting.csv.section", locale), t("reporting.csv.item", locale),
                t("reporting.csv.value", locale));
        for (Row r : rows) {
            line(out, r.office(), r.section(), r.item(), r.value() == null ? "" : r.value() instanceof Double d
                    ? String.format(Locale.ROOT, "%.2f", d).replace('.', ',') : r.value().toString());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
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

    private void counts(List<Row> rows, String office, String section, Map<String, Long> counts, Locale locale) {
        counts.forEach((key, n) -> rows.add(new Row(office, section, key.isEmpty() ? t("reporting.noDivision", locale)
                : key.contains(".") ? t(key, locale) : key, n)));
    }

    private void share(List<Row> rows, String office, String section, Share share, Locale locale) {
        rows.add(new Row(office, section, t("reporting.onTime", locale), share.onTime()));
        rows.add(new Row(office, section, t("reporting.lateDone", locale), share.late()));
        rows.add(new Row(office, section, t("reporting.overdue", locale), share.overdue()));
        rows.add(new Row(office, section, t("reporting.percentOnTime", locale),
                share.percent().map(Number::doubleValue).orElse(null)));
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell; // a cell never becomes a formula
            }
            out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
