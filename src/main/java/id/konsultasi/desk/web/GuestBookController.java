package id.konsultasi.desk.web;

import java.time.LocalDate;
import java.util.Locale;

import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.GuestBook;
import id.konsultasi.desk.GuestBookExport;
import id.konsultasi.desk.GuestBookService;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Csv;
import id.konsultasi.shared.Period;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import id.konsultasi.shared.web.PeriodForm;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The guest book of a day or a range: searched, printed (PDF) and exported (CSV). */
@Controller
@RequestMapping("/staf/piket")
class GuestBookController {

    private static final String PAGE = "/staf/piket/buku-tamu";
    private static final int PAGE_SIZE = 50;
    /** An export holds at most this many guests; a longer book is exported in shorter periods. */
    static final int EXPORT_LIMIT = 10_000;

    private final DeskService desk;
    private final GuestBookService guestBook;
    private final GuestBookExport export;
    private final Offices offices;

    GuestBookController(DeskService desk, GuestBookService guestBook, GuestBookExport export, Offices offices) {
        this.desk = desk;
        this.guestBook = guestBook;
        this.export = export;
        this.offices = offices;
    }

    @ModelAttribute
    void onlyTheDesk(StaffPrincipal staff) {
        DeskRoles.requireDesk(staff);
    }

    @GetMapping("/buku-tamu")
    String list(StaffPrincipal staff, PeriodForm asked, @RequestParam(name = "q", defaultValue = "") String query,
                @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        model.addAttribute("book", guestBook.guestBook(staff, period(staff, asked), query,
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "desk/guest-book";
    }

    @GetMapping("/buku-tamu.csv")
    ResponseEntity<byte[]> csv(StaffPrincipal staff, PeriodForm asked,
                               @RequestParam(name = "q", defaultValue = "") String query, Locale locale) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        GuestBook book = whole(staff, asked, query);
        return Downloads.attachment(export.csv(book, locale), Csv.MEDIA_TYPE,
                GuestBookExport.filename(book.range(), "csv"));
    }

    @GetMapping("/buku-tamu.pdf")
    ResponseEntity<byte[]> pdf(StaffPrincipal staff, PeriodForm asked,
                               @RequestParam(name = "q", defaultValue = "") String query) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        GuestBook book = whole(staff, asked, query);
        return Downloads.inline(export.pdf(book, offices.require(staff.requireOffice())), Downloads.PDF,
                GuestBookExport.filename(book.range(), "pdf"));
    }

    /** Today by default. */
    private Period period(StaffPrincipal staff, PeriodForm asked) {
        LocalDate today = desk.today(staff);
        return asked.period(new Period(today, today));
    }

    private GuestBook whole(StaffPrincipal staff, PeriodForm asked, String query) {
        return guestBook.guestBook(staff, period(staff, asked), query, PageRequest.of(0, EXPORT_LIMIT));
    }
}
