package id.konsultasi.desk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import id.konsultasi.desk.DeskProperties;
import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.LetterService;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.security.StaffPrincipal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request that arrived as a letter or by e-mail is registered at the counter: it gets its agenda number
 * and its receipt at once. The scan chosen on a form that comes back with errors is kept.
 */
@Controller
@RequestMapping("/staf/agenda")
class LetterController {

    private final LetterService letters;
    private final DeskService desk;
    private final RequestService requests;
    private final Offices offices;
    private final DeskProperties properties;

    LetterController(LetterService letters, DeskService desk, RequestService requests, Offices offices,
                     DeskProperties properties) {
        this.letters = letters;
        this.desk = desk;
        this.requests = requests;
        this.offices = offices;
        this.properties = properties;
    }

    @ModelAttribute
    void onlyTheCounter(StaffPrincipal staff) {
        DeskRoles.requireDesk(staff);
    }

    @GetMapping("/surat-baru")
    String form(StaffPrincipal staff, Model model) {
        LetterForm form = new LetterForm();
        form.setReceivedOn(desk.today(staff));
        model.addAttribute("form", form);
        return view(staff, form, model);
    }

    @PostMapping("/surat-baru")
    String register(StaffPrincipal staff, @Valid @ModelAttribute("form") LetterForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (result.hasFieldErrors("formKey")) {
            form.setFormKey(new LetterForm().getFormKey());
        }
        Optional<Receipt> earlier = letters.registered(staff, form.getFormKey());
        if (earlier.isPresent()) { // the same form again: its first result
            return "redirect:/staf/agenda/surat/" + earlier.get().requestId();
        }
        keep(staff, form, result);
        LetterFormValidator.validate(form, desk.today(staff), result);
        if (!result.hasFieldErrors("scan") && letters.keptScan(staff, form.getFormKey()).isEmpty()) {
            result.rejectValue("scan", "letter.scan.required");
        }
        if (result.hasErrors()) {
            return view(staff, form, model);
        }
        Receipt receipt;
        try {
            receipt = letters.register(staff, LetterFormValidator.toLetter(form));
        } catch (InputRejected rejected) {
            result.rejectValue(rejected.field(), rejected.messageKey());
            return view(staff, form, model);
        }
        redirect.addFlashAttribute("flash", "flash.letter.registered");
        return "redirect:/staf/agenda/surat/" + receipt.requestId();
    }

    /** The registered letter: its agenda number and receipt, to print at once. */
    @GetMapping("/surat/{id}")
    String registered(StaffPrincipal staff, @PathVariable long id, Model model) {
        var request = requests.forStaff(staff, id);
        Office office = offices.require(request.getOfficeId());
        model.addAttribute("r", request);
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        return "desk/letter-registered";
    }

    private void keep(StaffPrincipal staff, LetterForm form, BindingResult result) {
        MultipartFile file = form.getScan();
        if (file == null || file.isEmpty() || result.hasFieldErrors("formKey")) {
            return;
        }
        try {
            Optional<String> problem = letters.keepScan(staff, form.getFormKey(), file.getOriginalFilename(),
                    file.getBytes());
            problem.ifPresent(key -> result.rejectValue("scan", key,
                    new Object[]{properties.maxScanSize().toMegabytes()}, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String view(StaffPrincipal staff, LetterForm form, Model model) {
        model.addAttribute("office", offices.require(staff.requireOffice()));
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("kept", letters.keptScan(staff, form.getFormKey()).orElse(null));
        model.addAttribute("maxScanMegabytes", properties.maxScanSize().toMegabytes());
        return "desk/letter-form";
    }
}
