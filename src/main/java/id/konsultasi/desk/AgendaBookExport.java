package id.konsultasi.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.konsultasi.feedback.ComplaintAgendaLine;
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
        for (AgendaBook.Line line : book.lines()) {
            List<String> row = new ArrayList<>();
            for (Object cell : cells(line, book, locale)) {
                row.add(cell == null ? "" : cell instanceof LocalDateTime at ? DeskFormat.DATE_TIME.format(at)
                        : cell instanceof LocalDate date ? DeskFormat.DATE.format(date) : cell.toString());
            }
            csv.row(row);
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
            for (AgendaBook.Line line : book.lines()) {
                List<Object> cells = cells(line, book, locale);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof LocalDateTime at) {
                        sheet.value(r, c, at);
                        sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
                    } else if (cell instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (cell != null) {
                        sheet.value(r, c, cell.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * A line's cells in the order of the headers: text, a moment ({@link LocalDateTime} in the office's zone), a date,
     * or null for an empty cell. A complaint in the book has no letter and its complaint number where
     * a request has its receipt number.
     */
    private List<Object> cells(AgendaBook.Line line, AgendaBook book, Locale locale) {
        List<Object> cells = new ArrayList<>();
        if (line.request() != null) {
            AgendaEntry e = line.request();
            cells.addAll(List.of(e.agendaNumber(), LocalDateTime.ofInstant(e.registeredAt(), book.zone()),
                    text(e.channel().labelKey(), locale), e.sender()));
            cells.add(e.letterNumber());
            cells.add(e.letterDate());
            cells.add(e.letterReceivedOn());
            cells.addAll(List.of(e.topic(), e.receiptNumber(), text(e.status().labelKey(), locale),
                    text(e.urgent() ? "export.yes" : "export.no", locale)));
        } else {
            ComplaintAgendaLine c = line.complaint();
            cells.addAll(List.of(c.agendaNumber(), LocalDateTime.ofInstant(c.registeredAt(), book.zone()),
                    text("nav.complaints", locale), c.complainantName() != null ? c.complainantName()
                            : text("complaint.anonymous.short", locale)));
            cells.add(null);
            cells.add(null);
            cells.add(null);
            cells.addAll(List.of(c.subject(), c.complaintNumber(), text(c.status().labelKey(), locale),
                    text("export.no", locale)));
        }
        return cells;
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

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
