package id.konsultasi.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.konsultasi.intake.IntakeProperties;
import id.konsultasi.intake.IntakeService;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeCalendar;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.PrivacyProperties;
import id.konsultasi.request.Receipt;
import id.konsultasi.shared.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The request form of one office, built from its standard: three pages ({@link FormStep}), then the answers to check,
 * then the receipt.
 */
@Controller
@RequestMapping("/kantor/{code}/ajukan")
class RequestFormController {

    private final OfficeDirectory offices;
    private final IntakeService intake;
    private final IntakeProperties properties;
    private final Clock clock;
    private final PrivacyProperties privacy;
    private final WorkingDayCalendar calendars;

    RequestFormController(OfficeDirectory offices, IntakeService intake, IntakeProperties properties, Clock clock,
                          PrivacyProperties privacy, WorkingDayCalendar calendars) {
        this.privacy = privacy;
        this.calendars = calendars;
        this.offices = offices;
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        Office office = office(code);
        RequestForm form = new RequestForm();
        form.setStep(FormStep.APPLICANT.number());
        model.addAttribute("form", form);
        model.addAttribute("kept", Map.of());
        return view(office, model);
    }

    /**
     * The form sent (its last page, or the whole form): with errors it comes back beside its fields, on the first page
     * that has any (its files kept); valid, the applicant checks the answers before sending (its files kept meanwhile).
     */
    @PostMapping
    String check(@PathVariable String code, @Valid @ModelAttribute("form") RequestForm form, BindingResult result,
                 Model model) {
        Office office = office(code);
        List<IntakeService.Upload> uploads = validate(office, form, result);
        uploads.forEach(upload -> intake.keep(form.getFormKey(), upload));
        model.addAttribute("kept", intake.kept(form.getFormKey()));
        if (result.hasErrors()) {
            return form.getStep() == null ? view(office, model)
                    : page(office, form, FormStep.firstWithErrors(result, FormStep.FILES), result, model);
        }
        return answers(office, model);
    }

    /**
     * "Continue" on a page before the last: that page (and those before it) checked, then the next page. It stores
     * nothing (files are chosen on the last page), so, as "change", the submission limit does not count it.
     */
    @PostMapping(params = {"change=next", "!send"})
    String next(@PathVariable String code, @Valid @ModelAttribute("form") RequestForm form, BindingResult result,
                Model model) {
        Office office = office(code);
        FormStep current = FormStep.of(form.getStep());
        RequestFormValidator.validate(form, offices.standard(office.getId()).switches(), calendars.forOffice(office),
                office.getZoneAbbreviation(), clock.instant(), intake.kept(form.getFormKey()).keySet(), result);
        // from the answers every page is answered already: the first one with an error, wherever it is
        FormStep wrong = FormStep.firstWithErrors(result, form.isFromAnswers() ? FormStep.FILES : current);
        model.addAttribute("kept", intake.kept(form.getFormKey()));
        if (wrong != null) {
            return page(office, form, wrong, result, model);
        }
        // the next page is not judged before it is answered
        return form.isFromAnswers() && !result.hasErrors() ? answers(office, model)
                : page(office, form, current.next(), new BeanPropertyBindingResult(form, "form"), model);
    }

    /** "Back" on a page: the page before it, everything typed kept (and a file chosen meanwhile), nothing checked. */
    @PostMapping(params = {"back", "!send", "!change"})
    String back(@PathVariable String code, @ModelAttribute("form") RequestForm form, BindingResult unreadable,
                Model model) {
        Office office = office(code);
        List<IntakeService.Upload> uploads = new ArrayList<>();
        check("idScan", form.getIdScan(), unreadable, uploads);
        check("requestLetter", form.getRequestLetter(), unreadable, uploads);
        uploads.forEach(upload -> intake.keep(form.getFormKey(), upload));
        model.addAttribute("kept", intake.kept(form.getFormKey()));
        FormStep previous = FormStep.of(form.getStep()).previous();
        return page(office, form, previous, new BeanPropertyBindingResult(form, "form"), model);
    }

    /**
     * "Change" on the answers: the page that asks it again with everything typed and the files kept, not checked
     * (only a value that cannot be read at all, changed on the way, is shown as an error); its "continue" leads back
     * to the answers when nothing else is missing.
     */
    @PostMapping(params = {"change", "!send"})
    String change(@PathVariable String code, @RequestParam String change, @ModelAttribute("form") RequestForm form,
                  BindingResult unreadable, Model model) {
        Office office = office(code);
        model.addAttribute("kept", intake.kept(form.getFormKey()));
        form.setFromAnswers(true);
        return page(office, form, FormStep.asking(change), unreadable, model);
    }

    /** "Send" on the answers: checked again, then registered once per form (a second send shows the same receipt). */
    @PostMapping(params = "send")
    String send(@PathVariable String code, @Valid @ModelAttribute("form") RequestForm form, BindingResult result,
                Model model) {
        Office office = office(code);
        Optional<Receipt> sent = result.hasFieldErrors("formKey") ? Optional.empty()
                : intake.alreadySent(office.getId(), form.getFormKey());
        if (sent.isPresent()) {
            return receipt(sent.get());
        }
        List<IntakeService.Upload> uploads = validate(office, form, result);
        if (result.hasErrors()) {
            uploads.forEach(upload -> intake.keep(form.getFormKey(), upload));
            model.addAttribute("kept", intake.kept(form.getFormKey()));
            form.setFromAnswers(true);
            return page(office, form, FormStep.firstWithErrors(result, FormStep.FILES), result, model);
        }
        return receipt(intake.submit(office.getId(),
                form.toRequest(office.zone(), offices.standard(office.getId()).switches(),
                        LocaleContextHolder.getLocale().getLanguage()), uploads));
    }

    /** Checks the form against the office's standard; the files sent with it that are acceptable. */
    private List<IntakeService.Upload> validate(Office office, RequestForm form, BindingResult result) {
        ServiceStandard.WorkflowSwitches rules = offices.standard(office.getId()).switches();
        List<IntakeService.Upload> uploads = new ArrayList<>();
        check("idScan", form.getIdScan(), result, uploads);
        check("requestLetter", form.getRequestLetter(), result, uploads);
        Set<String> files = new HashSet<>(intake.kept(form.getFormKey()).keySet());
        uploads.forEach(upload -> files.add(upload.field()));
        RequestFormValidator.validate(form, rules, calendars.forOffice(office), office.getZoneAbbreviation(),
                clock.instant(), files, result);
        return uploads;
    }

    private static String receipt(Receipt receipt) {
        return "redirect:/lacak/" + receipt.trackingToken() + "/tanda-terima";
    }

    /** A file chosen on the form: checked at once, kept for the form if the form comes back with errors. */
    private void check(String field, MultipartFile file, BindingResult result, List<IntakeService.Upload> uploads) {
        if (file == null || file.isEmpty() || result.hasFieldErrors("formKey")) {
            return;
        }
        try {
            IntakeService.Upload upload = new IntakeService.Upload(field, file.getOriginalFilename(), file.getBytes());
            intake.check(upload).ifPresentOrElse(key -> result.rejectValue(field, key,
                    new Object[]{properties.maxFileSize().toMegabytes()}, null), () -> uploads.add(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answers to check before sending (the files already kept). */
    private String answers(Office office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("standard", offices.standard(office.getId()));
        return "intake/check-answers";
    }

    /** One page of the form with its own errors only (the later pages are not checked yet). */
    private String page(Office office, RequestForm form, FormStep step, BindingResult result, Model model) {
        form.setStep(step.number());
        BindingResult errors = step.errorsOf(result);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        // the page's title says first that it has mistakes
        model.addAttribute("pageHasErrors", errors.hasErrors());
        return view(office, model);
    }

    /** The form, with the files already kept for it in the model. */
    private String view(Office office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("standard", offices.standard(office.getId()));
        model.addAttribute("steps", FormStep.count());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("maxFileMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("retentionDays", privacy.retentionDays());
        if (offices.standard(office.getId()).switches().applicantStatesVisitTime()) {
            OfficeCalendar calendar = calendars.forOffice(office);
            model.addAttribute("visitDays", VisitPicker.days(calendar, LocalDate.now(clock.withZone(office.zone()))));
            model.addAttribute("visitTimes", VisitPicker.times(calendar));
        }
        return "intake/request-form";
    }

    /** The office whose form this is; one that has not opened its form yet answers with {@link #closed}. */
    private Office office(String code) {
        Office office = offices.activeByCode(code).orElseThrow(() -> new NotFoundException("office " + code));
        if (!office.isPublicFormOpen()) {
            throw new FormNotOpen(office);
        }
        return office;
    }

    /** A new office's form before its administrator opens it: a page that says so (nothing sent is kept). */
    @ExceptionHandler(FormNotOpen.class)
    ModelAndView closed(FormNotOpen closed) {
        return new ModelAndView("intake/form-closed", Map.of("office", closed.office), HttpStatus.OK);
    }

    /** The office has not opened its public form (see the onboarding guide). */
    static final class FormNotOpen extends RuntimeException {

        private final transient Office office;

        FormNotOpen(Office office) {
            super("the public form of office " + office.getCode() + " is not open", null, false, false);
            this.office = office;
        }
    }
}
