package id.konsultasi.verification.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.upload.UploadRules;
import id.konsultasi.verification.IssuedLetter;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.VerificationCodes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public verification of a letter: {@code /verifikasi} to type a code, {@code /verifikasi/<code>} (the QR code's
 * address) to see what was issued and to check a PDF against it. An unknown code is simply not found.
 */
@Controller
class VerificationController {

    /** An uploaded letter: a PDF of at most 10 MB, checked by its content. */
    static final UploadRules UPLOAD = new UploadRules(DataSize.ofMegabytes(10), "verification.file");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm");

    private final IssuedLetters letters;
    private final OfficeDirectory offices;

    VerificationController(IssuedLetters letters, OfficeDirectory offices) {
        this.letters = letters;
        this.offices = offices;
    }

    @GetMapping("/verifikasi")
    String lookup(@RequestParam(name = "kode", required = false) String code) {
        if (code == null || code.isBlank()) {
            return "verification/lookup";
        }
        // the code as the QR code's address writes it; what cannot be a code is simply not found there
        String typed = VerificationCodes.normalized(code).orElse(code.replaceAll("[^0-9A-Za-z]", ""));
        return typed.isEmpty() ? "verification/lookup" : "redirect:/verifikasi/" + typed;
    }

    @GetMapping("/verifikasi/{code}")
    String letter(@PathVariable String code, Model model, Locale locale) {
        model.addAttribute("letter", issued(code, model, locale));
        return "verification/letter";
    }

    @PostMapping("/verifikasi/{code}")
    String check(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
                 Model model, Locale locale) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        IssuedLetter letter = issued(code, model, locale);
        model.addAttribute("letter", letter);
        // a PDF that no longer opens is checked like any other: it is not the issued letter, and that is the answer
        String problem = UPLOAD.refusal(content).filter(refusal -> refusal != UploadRules.Refusal.UNREADABLE_PDF)
                .map(UPLOAD::messageKey).orElse(null);
        if (problem == null && !"application/pdf".equals(UploadRules.contentType(content).orElse(""))) {
            problem = UPLOAD.messageKey(UploadRules.Refusal.TYPE);
        }
        if (problem != null) {
            model.addAttribute("fileProblem", problem);
        } else {
            model.addAttribute("outcome", letters.check(letter, content));
        }
        return "verification/letter";
    }

    private IssuedLetter issued(String code, Model model, Locale locale) {
        IssuedLetter letter = letters.byCode(code).orElseThrow(() -> new NotFoundException("verification code"));
        Office office = offices.office(letter.officeId());
        model.addAttribute("officeName", office.getName());
        model.addAttribute("maxMegabytes", UPLOAD.maxMegabytes());
        model.addAttribute("issuedOn", DATE.withLocale(locale).format(letter.issuedAt().atZone(office.zone()))
                + " " + office.getZoneAbbreviation());
        return letter;
    }
}
