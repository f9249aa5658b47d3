package id.konsultasi.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import id.konsultasi.intake.IntakeProperties;
import id.konsultasi.intake.IntakeService;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.PrivacyProperties;
import id.konsultasi.request.Receipt;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.Nik;
import id.konsultasi.shared.PhoneNumbers;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

/** The request form of one office, built from its standard. */
@Controller
@RequestMapping("/kantor/{code}/ajukan")
class RequestFormController {

    private final OfficeDirectory offices;
    private final IntakeService intake;
    private final IntakeProperties properties;
    private final Clock clock;
    private final PrivacyProperties privacy;

    RequestFormController(OfficeDirectory offices, IntakeService intake, IntakeProperties properties, Clock clock,
                          PrivacyProperties privacy) {
        this.privacy = privacy;
        this.offices = offices;
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable String code, Model model) {
        Office office = office(code);
        model.addAttribute("form", new RequestForm());
        return view(office, Map.of(), model);
    }

    @PostMapping
    String submit(@PathVariable String code, @Valid @ModelAttribute("form") RequestForm form, BindingResult result,
                  Model model) {
        Office office = office(code);
        ServiceStandard.WorkflowSwitches rules = offices.standard(office.getId()).switches();
        keep(form.getFormKey(), "idScan", form.getIdScan(), result);
        keep(form.getFormKey(), "requestLetter", form.getRequestLetter(), result);
        Map<String, IntakeService.KeptFile> kept = intake.kept(form.getFormKey());
        RequestFormValidator.validate(form, rules, office.zone(), clock.instant(), kept.keySet(), result);
        if (result.hasErrors()) {
            return view(office, kept, model);
        }
        Receipt receipt = intake.submit(office.getId(), toRequest(form, office, rules));
        return "redirect:/lacak/" + receipt.trackingToken() + "/tanda-terima";
    }

    private void keep(String formKey, String field, MultipartFile file, BindingResult result) {
        if (file == null || file.isEmpty() || result.hasFieldErrors("formKey")) {
            return;
        }
        try {
            Optional<String> problem = intake.keep(formKey, new IntakeService.Upload(field, file.getOriginalFilename(),
                    file.getBytes()));
            problem.ifPresent(key -> result.rejectValue(field, key,
                    new Object[]{properties.maxFileSize().toMegabytes()}, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NewRequest toRequest(RequestForm form, Office office, ServiceStandard.WorkflowSwitches rules) {
        boolean institution = form.getApplicantType().isInstitution();
        return new NewRequest(Channel.ONLINE, form.getFormKey(), new NewRequest.ApplicantData(form.getApplicantType(),
                form.getName().trim(), institution ? form.getInstitution().trim() : null,
                institution ? form.getPosition().trim() : null,
                blank(form.getNik()) ? null : Nik.normalise(form.getNik()),
                PhoneNumbers.international(form.getPhone()), form.getEmail().trim(),
                blank(form.getAddress()) ? null : form.getAddress().trim()),
                form.getTopic().trim(), form.getPurpose().trim(), form.getPreferredMode(),
                rules.applicantStatesVisitTime() && form.getPreferredVisitAt() != null
                        ? form.getPreferredVisitAt().atZone(office.zone()).toInstant() : null,
                false, form.isConsent());
    }

    private String view(Office office, Map<String, IntakeService.KeptFile> kept, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("standard", offices.standard(office.getId()));
        model.addAttribute("kept", kept);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("maxFileMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("retentionDays", privacy.retentionDays());
        return "intake/request-form";
    }

    private Office office(String code) {
        return offices.activeByCode(code).orElseThrow(() -> new NotFoundException("office " + code));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
