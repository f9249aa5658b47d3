package id.konsultasi.standardimport.web;

import id.konsultasi.shared.InputRejected;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages both imports share, under each one's own address: the text to paste or upload, and the way back to it
 * from the review with the text kept.
 */
abstract class ImportPages {

    static final String PASTE = "standardimport/paste";
    static final String REVIEW = "standardimport/review";

    @GetMapping
    String paste(Model model) {
        model.addAttribute("form", new PasteForm());
        return PASTE;
    }

    @PostMapping("/kembali")
    String back(@ModelAttribute("form") PasteForm form) {
        return PASTE;
    }

    /** The text pasted or uploaded, or null when it is refused (its message then stands beside its field). */
    static String publishedText(PasteForm form, BindingResult result) {
        try {
            return PublishedText.of(form.getText(), form.getFile());
        } catch (InputRejected e) {
            result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            return null;
        }
    }
}
