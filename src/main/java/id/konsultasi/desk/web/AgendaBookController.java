package id.konsultasi.desk.web;

import java.time.LocalDate;
import java.util.Locale;

import id.konsultasi.desk.AgendaBook;
import id.konsultasi.desk.AgendaBookExport;
import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.LetterService;
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

/** The agenda book (the register of incoming consultation requests) of a period, listed and exported. */
@Controller
@RequestMapping("/staf/agenda")
class AgendaBookController {

    private static final String PAGE = "/staf/agenda";
    private static final int PAGE_SIZE = 50;
    static final int EXPORT_LIMIT = 10_000;

    private final LetterService letters;
    private final DeskService desk;
    private final AgendaBookExport export;

    AgendaBookController(LetterService letters, DeskService desk, AgendaBookExport export) {
        this.letters = letters;
        this.desk = desk;
        this.export = export;
    }

    @ModelAttribute
    void onlyTheSecretariat(StaffPrincipal staff) {
        DeskRoles.requireSecretariat(staff);
    }

    @GetMapping
    String list(StaffPrincipal staff, PeriodForm asked, @RequestParam(name = "hal", defaultValue = "0") int page,
                Model model) {
        model.addAttribute("book", letters.agendaBook(staff, period(staff, asked),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "desk/agenda-book";
    }

    @GetMapping("/buku-agenda.csv")
    ResponseEntity<byte[]> csv(StaffPrincipal staff, PeriodForm asked, Locale locale) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        AgendaBook book = whole(staff, asked);
        return Downloads.attachment(export.csv(book, locale), Csv.MEDIA_TYPE, AgendaBookExport.filename(book.range(), "csv"));
    }

    @GetMapping("/buku-agenda.xlsx")
    ResponseEntity<byte[]> xlsx(StaffPrincipal staff, PeriodForm asked, Locale locale) {
        if (asked.hasError()) {
            return PeriodForm.backTo(PAGE);
        }
        AgendaBook book = whole(staff, asked);
        return Downloads.attachment(export.xlsx(book, locale), Downloads.XLSX,
                AgendaBookExport.filename(book.range(), "xlsx"));
    }

    /** The current month so far by default: the agenda book is kept by month and year. */
    private Period period(StaffPrincipal staff, PeriodForm asked) {
        LocalDate today = desk.today(staff);
        return asked.period(new Period(today.withDayOfMonth(1), today));
    }

    private AgendaBook whole(StaffPrincipal staff, PeriodForm asked) {
        return letters.agendaBook(staff, period(staff, asked), PageRequest.of(0, EXPORT_LIMIT));
    }
}
