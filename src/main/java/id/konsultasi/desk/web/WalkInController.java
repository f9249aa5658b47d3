package id.konsultasi.desk.web;

import java.util.List;

import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestDesk;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestSummary;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.security.StaffPrincipal;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duty officer registers a walk-in guest in one screen. */
@Controller
@RequestMapping("/staf/piket")
class WalkInController {

    /** How many requests the search for a visitor with an appointment shows. */
    static final int CANDIDATES = 8;

    private final DeskService desk;
    private final RequestService requests;
    private final RequestDesk requestDesk;
    private final Offices offices;

    WalkInController(DeskService desk, RequestService requests, RequestDesk requestDesk, Offices offices) {
        this.desk = desk;
        this.requests = requests;
        this.requestDesk = requestDesk;
        this.offices = offices;
    }

    /** Every page and action here is the duty officer's: everyone else gets a 403 before anything else runs. */
    @ModelAttribute
    void onlyTheDutyOfficer(StaffPrincipal staff) {
        DeskRoles.requirePiket(staff);
    }

    @GetMapping("/tamu-baru")
    String form(StaffPrincipal staff, @RequestParam(name = "permohonan", required = false) Long requestId, Model model) {
        WalkInForm form = new WalkInForm();
        if (requestId != null) {
            // a visitor expected today: the check-in is filled in from the request
            ConsultationRequest request = requests.forStaff(staff, requestId);
            form.setKind(VisitKind.SCHEDULED_CONSULTATION);
            form.setRequestId(request.getId());
            form.setLookup(request.getReceiptNumber());
            form.setName(request.getApplicant().getName());
            form.setInstitution(request.getApplicant().getInstitution());
            form.setPhone(request.getApplicant().getPhone());
        }
        model.addAttribute("form", form);
        return view(staff, form, model);
    }

    @PostMapping("/tamu-baru")
    String register(StaffPrincipal staff, @Valid @ModelAttribute("form") WalkInForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (result.hasFieldErrors("formKey")) {
            form.setFormKey(new WalkInForm().getFormKey());
        }
        WalkInFormValidator.validate(form, desk.routesUrgentWalkIns(staff.requireOffice()), result);
        if (result.hasErrors()) {
            return view(staff, form, model);
        }
        long visitId;
        try {
            visitId = desk.registerWalkIn(staff, WalkInFormValidator.toWalkIn(form));
        } catch (InputRejected rejected) {
            result.rejectValue(rejected.field(), rejected.messageKey());
            return view(staff, form, model);
        }
        redirect.addFlashAttribute("flash", form.getKind() == VisitKind.SCHEDULED_CONSULTATION
                ? "flash.desk.checkedIn" : "flash.desk.registered");
        return "redirect:/staf/piket/tamu/" + visitId;
    }

    /** The requests a visitor with an appointment may have come for, as the officer types (htmx). */
    @GetMapping("/cari-permohonan")
    String candidates(StaffPrincipal staff, @RequestParam(name = "lookup", defaultValue = "") String lookup,
                      Model model) {
        model.addAttribute("lookup", lookup);
        model.addAttribute("candidates", requestDesk.awaitingConsultation(staff, lookup, CANDIDATES));
        model.addAttribute("selected", null);
        return "desk/candidates :: candidates";
    }

    private String view(StaffPrincipal staff, WalkInForm form, Model model) {
        long officeId = staff.requireOffice();
        boolean routes = desk.routesUrgentWalkIns(officeId);
        String lookup = form.getLookup() == null ? "" : form.getLookup();
        List<RequestSummary> candidates = requestDesk.awaitingConsultation(staff, lookup, CANDIDATES);
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("routesUrgent", routes);
        model.addAttribute("officers", routes ? desk.availableOfficers(officeId) : List.of());
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("lookup", lookup);
        model.addAttribute("candidates", candidates);
        model.addAttribute("selected", form.getRequestId());
        return "desk/walk-in";
    }
}
