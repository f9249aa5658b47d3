package id.konsultasi.standardimport.web;

import java.util.Locale;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.web.ProfileForm;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.standardimport.ParsedStandard;
import id.konsultasi.standardimport.StandardImport;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office administrator replaces the office's standard from its published text: paste or upload, review what was
 * understood beside the source, correct, save.
 */
@Controller
@RequestMapping("/admin/standar/impor")
class StandardImportController extends ImportPages {


    private final Offices offices;
    private final ImportReviews reviews;
    private final StandardImport imports;
    private final SmartValidator validator;

    StandardImportController(Offices offices, ImportReviews reviews, StandardImport imports, SmartValidator validator) {
        this.offices = offices;
        this.reviews = reviews;
        this.imports = imports;
        this.validator = validator;
    }

    @ModelAttribute("paths")
    ImportPaths paths() {
        return ImportPaths.OFFICE;
    }

    @PostMapping
    String read(StaffPrincipal staff, @ModelAttribute("form") PasteForm form, BindingResult result, Model model,
                Locale locale) {
        String text = publishedText(form, result);
        if (text == null) {
            return PASTE;
        }
        Office office = offices.require(staff.requireOffice());
        ParsedStandard parsed = reviews.parse(text);
        OfficeImportForm review = new OfficeImportForm();
        review.setText(text);
        review.setStandard(reviews.standardForm(office.getVersion(), parsed, office.getStandard().switches()));
        review.setProfile(profileFromHeader(office, parsed.office()));
        model.addAttribute("form", review);
        return review(model, office, text, parsed, locale);
    }

    @PostMapping("/simpan")
    String save(StaffPrincipal staff, @Valid @ModelAttribute("form") OfficeImportForm form, BindingResult result,
                Model model, RedirectAttributes redirect, Locale locale) {
        Office office = offices.require(staff.requireOffice());
        ParsedStandard parsed = reviews.parse(form.source());
        reviews.checkStorable(parsed, result);
        if (form.isUpdateProfile()) {
            result.pushNestedPath("profile");
            validator.validate(form.getProfile(), result);
            result.popNestedPath();
        }
        if (result.hasErrors()) {
            form.getStandard().padRows();
            return review(model, office, form.source(), parsed, locale);
        }
        imports.replaceStandard(office.getId(), form.getStandard().getVersion(), form.getStandard().toRevision(),
                form.isUpdateProfile() ? form.getProfile().toProfile() : null, parsed);
        redirect.addFlashAttribute("flash", "import.saved");
        return "redirect:/admin/standar";
    }

    private String review(Model model, Office office, String text, ParsedStandard parsed, Locale locale) {
        reviews.show(model, text, parsed, locale);
        model.addAttribute("office", office);
        return REVIEW;
    }

    /** The office's profile with what the header names instead (name, address, phone, website, e-mail). */
    private static ProfileForm profileFromHeader(Office office, ParsedStandard.OfficeHeader header) {
        ProfileForm form = ProfileForm.of(office.getVersion(), office.profile(), office.getPlace());
        form.setName(header.name() != null ? header.name() : form.getName());
        form.setAddress(header.address() != null ? header.address() : form.getAddress());
        form.setPhone(header.phone() != null ? header.phone() : form.getPhone());
        form.setWebsite(header.website() != null ? ImportReviews.website(header.website()) : form.getWebsite());
        form.setEmail(header.email() != null ? header.email() : form.getEmail());
        return form;
    }
}
