package id.konsultasi.feedback.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.konsultasi.office.Office;
import id.konsultasi.shared.Csv;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/** The IKM recap as CSV (the one dialect of every export, {@link Csv}: ";" and a decimal comma) and as an Excel workbook. */
final class IndexExport {

    private final MessageSource messages;
    private final Locale locale;

    IndexExport(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The recap as rows of cells: text, or numbers (BigDecimal, Long) that the XLSX keeps as numbers. */
    List<List<Object>> rows(Office office, IndexRecap recap) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text("ikm.title")));
        rows.add(List.of(text("ikm.export.office"), office.getName()));
        rows.add(List.of(text("ikm.export.period"), recap.from().toString(), recap.to().toString()));
        rows.add(List.of(text("ikm.respondents"), recap.respondents()));
        if (!recap.hasRespondents()) {
            rows.add(List.of(text("ikm.none")));
            return rows;
        }
        rows.add(List.of(text("ikm.col.unsur"), text("ikm.col.name"), text("ikm.col.sum"), text("ikm.col.nrr"),
                text("ikm.col.weighted"), text("ikm.col.converted"), text("ikm.col.grade")));
        for (IndexRecap.Row row : recap.rows()) {
            rows.add(List.of(row.question().name(), text(row.question().labelKey()), row.sum(), row.nrr(),
                    row.weighted(), row.converted(), row.grade().name()));
        }
        rows.add(List.of(text("ikm.weightedTotal"), "", "", "", recap.weightedTotal()));
        rows.add(List.of(text("ikm.value"), recap.ikm()));
        rows.add(List.of(text("ikm.grade"), recap.grade().name(), text(recap.grade().labelKey())));
        return rows;
    }

    byte[] csv(Office office, IndexRecap recap) {
        Csv csv = new Csv();
        rows(office, recap).forEach(csv::row);
        return csv.bytes();
    }

    byte[] xlsx(Office office, IndexRecap recap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Layanan Konsultasi", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("IKM");
            List<List<Object>> rows = rows(office, recap);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, String.valueOf(value));
                    }
                }
            }
            sheet.width(1, 40);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
