package id.konsultasi.disposition.web;

import java.io.IOException;

import id.konsultasi.disposition.DispositionAccess;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionRecords;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Instruction;
import id.konsultasi.disposition.StaffAnalyses;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.IllegalTransitionException;
import id.konsultasi.request.RequestStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request as those who decide on it see it, with the head's disposition form, the division head's
 * assignment form and the lead officer's telaahan staf upload, each shown only to whom it belongs.
 */
@Controller
@RequestMapping("/staf/disposisi/{id}")
class DispositionController {

    private final DispositionRecords records;
    private final DispositionService service;
    private final StaffAnalyses analyses;
    private final DispositionAccess access;

    DispositionController(DispositionRecords records, DispositionService service, StaffAnalyses analyses,
                          DispositionAccess access) {
        this.records = records;
        this.service = service;
        this.analyses = analyses;
        this.access = access;
    }

    @GetMapping
    String show(StaffPrincipal staff, @PathVariable long id, Model model) {
        return page(records.file(staff, id), null, null, model);
    }

    @PostMapping
    String decide(StaffPrincipal staff, @PathVariable long id,
                  @Valid @ModelAttribute("dispositionForm") DispositionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        DispositionRecords.RequestFile file = records.file(staff, id);
        access.requireHead(file);
        if (!result.hasErrors()) {
            try {
                service.decide(staff, id, form.toDecision());
                redirect.addFlashAttribute("flash", form.getDecision() != DispositionDecision.REFUSED
                        ? "flash.disposition.accepted" : file.request().getApplicant().hasEmail()
                        ? "flash.disposition.refused" : "flash.disposition.refused.noEmail");
                return "redirect:/staf/disposisi/" + id;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        if (!file.canDecide()) {
            throw new IllegalTransitionException(file.request().getStatus(), RequestStatus.DISPOSED);
        }
        return page(file, form, null, model);
    }

    @PostMapping("/penugasan")
    String assign(StaffPrincipal staff, @PathVariable long id,
                  @Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        DispositionRecords.RequestFile file = records.file(staff, id);
        access.requireDivisionHeadOf(file);
        if (!result.hasErrors()) {
            try {
                service.assign(staff, id, form.toOrder());
                redirect.addFlashAttribute("flash", "flash.disposition.assigned");
                return "redirect:/staf/disposisi/" + id;
            } catch (InputRejected e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        if (!file.canAssign()) {
            throw new IllegalTransitionException(file.request().getStatus(), RequestStatus.ASSIGNED);
        }
        return page(file, null, form, model);
    }

    @PostMapping("/telaahan")
    String attachStaffAnalysis(StaffPrincipal staff, @PathVariable long id,
                               @RequestParam(name = "file", required = false) MultipartFile upload, Model model,
                               RedirectAttributes redirect) throws IOException {
        DispositionRecords.RequestFile file = records.file(staff, id);
        access.requireLeadOfficer(file);
        try {
            analyses.attach(staff, id, upload == null ? null : upload.getOriginalFilename(),
                    upload == null ? null : upload.getBytes());
            redirect.addFlashAttribute("flash", "flash.disposition.staffAnalysisAttached");
            return "redirect:/staf/disposisi/" + id;
        } catch (InputRejected e) {
            model.addAttribute("uploadError", e.messageKey());
            return page(file, null, null, model);
        }
    }

    private String page(DispositionRecords.RequestFile file, DispositionForm dispositionForm,
                        AssignmentForm assignmentForm, Model model) {
        model.addAttribute("f", file);
        model.addAttribute("r", file.request());
        model.addAttribute("office", file.office());
        model.addAttribute("zone", file.zone());
        model.addAttribute("documents", file.documents());
        model.addAttribute("canOpenPersonalData", file.canOpenPersonalData());
        model.addAttribute("letters", file.letters());
        model.addAttribute("decisions", DispositionDecision.values());
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("instructions", Instruction.values());
        if (file.canDecide()) {
            model.addAttribute("dispositionForm",
                    dispositionForm != null ? dispositionForm : DispositionForm.of(file.request()));
        }
        if (file.canAssign()) {
            model.addAttribute("assignmentForm",
                    assignmentForm != null ? assignmentForm : AssignmentForm.of(file.request(), file.disposition()));
        }
        return "disposition/request";
    }
}
