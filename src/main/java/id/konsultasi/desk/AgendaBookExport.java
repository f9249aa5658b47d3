package id.konsultasi.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.konsultasi.request.AgendaEntry;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.Period;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The agenda book of a period as a CSV file and as an Excel workbook (XLSX, with real dates). */
@Component
public class AgendaBookExport {

    private static final double[] WIDTHS = {16, 18, 18, 40, 26, 14, 14, 44, 24, 22, 10};

    private final MessageSource messages;

    AgendaBookExport(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] csv(AgendaBook book, Locale locale) {
        Csv csv = new Csv().row(headers(book, locale));
        for (AgendaEntry e : book.entries()) {
            csv.row(List.of(e.agendaNumber(), DeskFormat.at(e.registeredAt(), book.zone()),
                    text(e.channel().labelKey(), locale), e.sender(), nullable(e.letterNumber()),
                    e.letterDate() == null ? "" : DeskFormat.DATE.format(e.letterDate()),
                    e.letterReceivedOn() == null ? "" : DeskFormat.DATE.format(e.letterReceivedOn()),
                    e.topic(), e.receiptNumber(), text(e.status().labelKey(), locale),
                    text(e.urgent() ? "export.yes" : "export.no", locale)));
        }
        return csv.bytes();
    }

    public byte[] xlsx(AgendaBook book, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "LayananKonsultasi", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("agenda.sheet", locale));
            List<String> headers = headers(book, locale);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, WIDTHS[c]);
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDE6F5").set();
            sheet.freezePane(0, 1);
            int r = 1;
            for (AgendaEntry e : book.entries()) {
                sheet.value(r, 0, e.agendaNumber());
                LocalDateTime registered = LocalDateTime.ofInstant(e.registeredAt(), book.zone());
                sheet.value(r, 1, registered);
                sheet.style(r, 1).format("yyyy-mm-dd hh:mm").set();
                sheet.value(r, 2, text(e.channel().labelKey(), locale));
                sheet.value(r, 3, e.sender());
                sheet.value(r, 4, e.letterNumber());
                if (e.letterDate() != null) {
                    sheet.value(r, 5, e.letterDate());
                    sheet.style(r, 5).format("yyyy-mm-dd").set();
                }
                if (e.letterReceivedOn() != null) {
                    sheet.value(r, 6, e.letterReceivedOn());
                    sheet.style(r, 6).format("yyyy-mm-dd").set();
                }
                sheet.value(r, 7, e.topic());
                sheet.value(r, 8, e.receiptNumber());
                sheet.value(r, 9, text(e.status().labelKey(), locale));
                sheet.value(r, 10, text(e.urgent() ? "export.yes" : "export.no", locale));
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
        return out.toByteArray();
    }

    public static String filename(Period range, String extension) {
        return "buku-agenda-" + range.from() + (range.isSingleDay() ? "" : "_" + range.to()) + "." + extension;
    }

    private List<String> headers(AgendaBook book, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("agenda.col.agendaNumber", "agenda.col.registeredAt", "agenda.col.channel",
                "agenda.col.sender", "agenda.col.letterNumber", "agenda.col.letterDate", "agenda.col.receivedOn",
                "agenda.col.subject", "agenda.col.receiptNumber", "agenda.col.status", "agenda.col.urgent")) {
            headers.add(text(key, locale, book.zoneAbbreviation()));
        }
        return headers;
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
