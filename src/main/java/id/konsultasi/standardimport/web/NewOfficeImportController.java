package id.konsultasi.standardimport.web;

import java.util.Locale;
import java.util.Map;

import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.web.NewOfficeForm;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.standardimport.ParsedStandard;
import id.konsultasi.standardimport.StandardImport;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator creates an office from its published standard: paste or upload, review, then the profile
 * fields the text lacks (code, time zone, working hours, receipt prefix), save.
 */
@Controller
@RequestMapping("/sistem/kantor/impor")
class NewOfficeImportController extends ImportPages {

    /** A new office's workflow: the defaults of an office created by hand. */
    private static final ServiceStandard.WorkflowSwitches DEFAULT_SWITCHES =
            new ServiceStandard.WorkflowSwitches(false, false, false, false, true);

    private final ImportReviews reviews;
    private final StandardImport imports;

    NewOfficeImportController(ImportReviews reviews, StandardImport imports) {
        this.reviews = reviews;
        this.imports = imports;
    }

    @ModelAttribute("paths")
    ImportPaths paths() {
        return ImportPaths.NEW_OFFICE;
    }

    @ModelAttribute("timeZones")
    Map<String, String> timeZones() {
        return IndonesianTimeZones.all();
    }

    @PostMapping
    String read(@ModelAttribute("form") PasteForm form, BindingResult result, Model model, Locale locale) {
        String text = publishedText(form, result);
        if (text == null) {
            return PASTE;
        }
        ParsedStandard parsed = reviews.parse(text);
        NewOfficeImportForm review = new NewOfficeImportForm();
        review.setText(text);
        review.setStandard(reviews.standardForm(0, parsed, DEFAULT_SWITCHES));
        review.setOffice(officeFromHeader(parsed.office()));
        model.addAttribute("form", review);
        reviews.show(model, text, parsed, locale);
        return REVIEW;
    }

    @PostMapping("/simpan")
    String save(@Valid @ModelAttribute("form") NewOfficeImportForm form, BindingResult result, Model model,
                RedirectAttributes redirect, Locale locale) {
        ParsedStandard parsed = reviews.parse(form.source());
        reviews.checkStorable(parsed, result);
        if (!result.hasErrors()) {
            try {
                long id = imports.createOffice(form.getOffice().getCode(), form.getOffice().toProfile(),
                        form.getStandard().toRevision(), parsed).getId();
                redirect.addFlashAttribute("flash", "import.created");
                return "redirect:/sistem/kantor/" + id;
            } catch (InputRejected e) {
                result.rejectValue("office." + e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        form.getStandard().padRows();
        reviews.show(model, form.source(), parsed, locale);
        return REVIEW;
    }

    /** What the header names; the rest is left for the administrator (nothing guessed). */
    private static NewOfficeForm officeFromHeader(ParsedStandard.OfficeHeader header) {
        NewOfficeForm form = new NewOfficeForm();
        form.setName(header.name());
        form.setGovernment(header.government());
        form.setAddress(header.address());
        form.setPhone(header.phone());
        form.setWebsite(ImportReviews.website(header.website()));
        form.setEmail(header.email());
        return form;
    }
}
