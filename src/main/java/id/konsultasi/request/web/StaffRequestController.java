package id.konsultasi.request.web;


import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ApplicantLetters;
import id.konsultasi.request.ApplicantNotices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentFile;
import id.konsultasi.request.RequestAccess;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's requests as its staff see them: the list, one request with its applicant, documents
 * and timeline, and the secretariat's registration and completeness check.
 */
@Controller
@RequestMapping("/staf/permohonan")
class StaffRequestController {

    private static final int PAGE_SIZE = 25;

    private final ConsultationRequests requests;
    private final RequestService service;
    private final RequestDocuments documents;
    private final RequestAccess access;
    private final Offices offices;
    private final ApplicantLetters letters;
    private final ApplicantNotices notices;

    StaffRequestController(ConsultationRequests requests, RequestService service, RequestDocuments documents,
                           RequestAccess access, Offices offices, ApplicantLetters letters, ApplicantNotices notices) {
        this.requests = requests;
        this.service = service;
        this.documents = documents;
        this.access = access;
        this.offices = offices;
        this.letters = letters;
        this.notices = notices;
    }

    @GetMapping
    String list(StaffPrincipal staff, @RequestParam(name = "status", required = false) RequestStatus status,
                @RequestParam(name = "q", defaultValue = "") String query,
                @RequestParam(name = "hal", defaultValue = "0") int page, Model model) {
        long officeId = staff.requireOffice();
        model.addAttribute("requests", requests.search(officeId, status, query.trim(),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("status", status);
        model.addAttribute("q", query);
        model.addAttribute("statuses", RequestStatus.values());
        return "request/list";
    }

    @GetMapping("/{id}")
    String show(StaffPrincipal staff, @PathVariable long id, Model model) {
        ConsultationRequest request = service.forStaff(staff, id);
        IncompleteForm form = new IncompleteForm();
        form.setVersion(request.getVersion());
        model.addAttribute("incompleteForm", form);
        return detail(staff, request, model);
    }

    @PostMapping("/{id}/daftar")
    String register(StaffPrincipal staff, @PathVariable long id, @RequestParam long version,
                    RedirectAttributes redirect) {
        service.register(staff, id, version);
        redirect.addFlashAttribute("flash", "request.registered");
        return "redirect:/staf/permohonan/" + id;
    }

    @PostMapping("/{id}/belum-lengkap")
    String incomplete(StaffPrincipal staff, @PathVariable long id,
                      @Valid @ModelAttribute("incompleteForm") IncompleteForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        ConsultationRequest request = service.forStaff(staff, id);
        if (result.hasErrors()) {
            return detail(staff, request, model);
        }
        service.markIncomplete(staff, id, form.getVersion(), form.getReason().trim());
        redirect.addFlashAttribute("flash", "request.markedIncomplete");
        return "redirect:/staf/permohonan/" + id;
    }

    @GetMapping("/{id}/dokumen/{documentId}")
    ResponseEntity<byte[]> document(StaffPrincipal staff, @PathVariable long id, @PathVariable long documentId) {
        DocumentFile file = service.openDocument(staff, id, documentId);
        return Downloads.inline(file.content(), MediaType.parseMediaType(file.contentType()), file.filename());
    }

    @PostMapping("/{id}/nik")
    String revealNik(StaffPrincipal staff, @PathVariable long id, Model model) {
        ConsultationRequest request = service.forStaff(staff, id);
        model.addAttribute("nik", service.revealNik(staff, id));
        IncompleteForm form = new IncompleteForm();
        form.setVersion(request.getVersion());
        model.addAttribute("incompleteForm", form);
        return detail(staff, request, model);
    }

    private String detail(StaffPrincipal staff, ConsultationRequest request, Model model) {
        Office office = offices.require(request.getOfficeId());
        model.addAttribute("office", office);
        model.addAttribute("r", request);
        model.addAttribute("zone", office.zone());
        model.addAttribute("documents", documents.findByRequestIdOrderByUploadedAt(request.getId()));
        model.addAttribute("canOpenPersonalData", access.canOpenPersonalData(staff, request));
        model.addAttribute("canRegister", access.canRegister(staff, request));
        model.addAttribute("isAssignee", request.isAssignee(staff.id()));
        model.addAttribute("letters", letters.of(staff, request));
        model.addAttribute("notices", notices.of(staff, request));
        model.addAttribute("dispositionLink", staff.has(Role.KADIS) || staff.has(Role.SEKRETARIAT)
                || request.isAssignee(staff.id()) || staff.has(Role.KABID) && staff.divisionId() != null
                && staff.divisionId().equals(request.getAssignedDivisionId()));
        return "request/detail";
    }
}
