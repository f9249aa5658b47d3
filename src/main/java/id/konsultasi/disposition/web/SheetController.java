package id.konsultasi.disposition.web;


import id.konsultasi.disposition.DispositionRecords;
import id.konsultasi.disposition.DispositionSheet;
import id.konsultasi.disposition.RefusalLetters;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lembar disposisi: a printable page and a PDF laid out like the paper form, from the same fragment; and
 * the refusal letter of a refused request, to print for an applicant who gets no mail.
 */
@Controller
class SheetController {

    private final DispositionRecords records;

    SheetController(DispositionRecords records) {
        this.records = records;
    }

    @GetMapping("/staf/disposisi/{id}/lembar")
    String page(StaffPrincipal staff, @PathVariable long id, Model model) {
        model.addAttribute("s", records.sheet(staff, id));
        model.addAttribute("requestId", id);
        return "disposition/sheet";
    }

    @GetMapping("/staf/disposisi/{id}/lembar.pdf")
    ResponseEntity<byte[]> pdf(StaffPrincipal staff, @PathVariable long id) {
        DispositionSheet sheet = records.sheet(staff, id);
        String filename = "lembar-disposisi-" + sheet.receiptNumber().replace('/', '-') + ".pdf";
        return Downloads.attachment(records.sheetPdf(sheet), Downloads.PDF, filename);
    }

    @GetMapping("/staf/disposisi/{id}/surat-penolakan.pdf")
    ResponseEntity<byte[]> refusalLetter(StaffPrincipal staff, @PathVariable long id) {
        RefusalLetters.Letter letter = records.refusalLetter(staff, id);
        return Downloads.inline(letter.pdf(), Downloads.PDF, letter.filename());
    }
}
