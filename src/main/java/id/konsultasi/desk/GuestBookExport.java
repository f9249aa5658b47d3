package id.konsultasi.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Office;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.Nik;
import id.konsultasi.shared.Period;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The guest book of a period as a CSV file for a spreadsheet and as a PDF to print. */
@Component
public class GuestBookExport {

    private final MessageSource messages;
    private final PdfRenderer renderer;

    GuestBookExport(MessageSource messages, PdfRenderer renderer) {
        this.messages = messages;
        this.renderer = renderer;
    }

    public byte[] csv(GuestBook book, Locale locale) {
        String zone = book.zoneAbbreviation();
        Csv csv = new Csv().row(List.of(
                text("guestBook.col.number", locale), text("guestBook.col.arrivedAt", locale, zone),
                text("guestBook.col.name", locale), text("guestBook.col.institution", locale),
                text("guestBook.col.phone", locale), text("guestBook.col.nik", locale),
                text("guestBook.col.identityChecked", locale), text("guestBook.col.kind", locale),
                text("guestBook.col.purpose", locale), text("guestBook.col.receiptNumber", locale),
                text("guestBook.col.urgent", locale), text("guestBook.col.officer", locale),
                text("guestBook.col.servedAt", locale, zone), text("guestBook.col.room", locale),
                text("guestBook.col.waited", locale), text("guestBook.col.limit", locale),
                text("guestBook.col.state", locale), text("guestBook.col.leftAt", locale, zone),
                text("guestBook.col.registeredBy", locale)));
        int number = 0;
        for (GuestBook.Line line : book.lines()) {
            GuestVisit v = line.visit();
            WaitingTime waited = line.waited();
            List<Object> row = new ArrayList<>();
            row.add(++number);
            row.add(DeskFormat.at(v.getArrivedAt(), book.zone()));
            row.add(v.getGuestName());
            row.add(v.getInstitution());
            row.add(DeskFormat.nationalPhone(v.getPhone()));
            row.add(v.getNikLast4() == null ? null : Nik.masked(v.getNikLast4()));
            row.add(yesNo(v.isIdentityChecked(), locale));
            row.add(text(v.getKind().labelKey(), locale));
            row.add(v.getPurpose());
            row.add(v.getReceiptNumber());
            row.add(yesNo(v.isUrgent(), locale));
            row.add(v.getOfficerName());
            row.add(DeskFormat.at(v.getServedAt(), book.zone()));
            row.add(v.getRoomName());
            row.add(waited.minutesUsed());
            row.add(waited.limitMinutes());
            row.add(waited.state() == null ? null : text(waited.state().labelKey(), locale));
            row.add(DeskFormat.at(v.getLeftAt(), book.zone()));
            row.add(v.getRegisteredByName());
            csv.row(row);
        }
        return csv.bytes();
    }

    /** The guest book to print, with the office's letterhead; official documents are in Bahasa Indonesia. */
    public byte[] pdf(GuestBook book, Office office) {
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("book", book);
        return renderer.pdf("documents/guest-book", model);
    }

    public static String filename(Period range, String extension) {
        return "buku-tamu-" + range.from() + (range.isSingleDay() ? "" : "_" + range.to()) + "." + extension;
    }

    private String yesNo(boolean value, Locale locale) {
        return text(value ? "export.yes" : "export.no", locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
