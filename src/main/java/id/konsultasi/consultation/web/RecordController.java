package id.konsultasi.consultation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.LetterSection;
import id.konsultasi.consultation.RecordIncomplete;
import id.konsultasi.consultation.Upload;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.DocumentFile;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.InputRejected;
import id.konsultasi.shared.NotFoundException;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request's officers record the consultation: a draft saved by the button or automatically on every
 * change (htmx), the consultation recorded as held, the report filed; files handed over are attached.
 */
@Controller
@RequestMapping("/staf/konsultasi/{requestId}")
class RecordController {

    /** What the officer asked for with the form. */
    enum Intent { DRAFT, HELD, REPORT }

    private final ConsultationService service;
    private final RequestService requests;
    private final Offices offices;
    private final StaffUsers staffUsers;
    private final Clock clock;

    RecordController(ConsultationService service, RequestService requests, Offices offices, StaffUsers staffUsers,
                     Clock clock) {
        this.service = service;
        this.requests = requests;
        this.offices = offices;
        this.staffUsers = staffUsers;
        this.clock = clock;
    }

    @GetMapping
    String edit(StaffPrincipal staff, @PathVariable long requestId, Model model, RedirectAttributes redirect) {
        ConsultationRequest request = service.requestForOfficer(staff, requestId);
        ConsultationRecord record = service.recordFor(staff, requestId).orElse(null);
        if (!ConsultationService.isWritable(request, record)) {
            if (record != null) {
                return "redirect:/staf/konsultasi/" + requestId + "/laporan";
            }
            redirect.addFlashAttribute("flash", "consultation.notWritable");
            return "redirect:/staf/permohonan/" + requestId;
        }
        Office office = offices.require(request.getOfficeId());
        RecordForm form = record != null ? RecordForm.of(record, office.zone())
                : RecordForm.proposed(request, service.appointmentOf(requestId).orElse(null), staff.id(),
                LocalDate.now(clock.withZone(office.zone())), office.zone());
        model.addAttribute("form", form);
        return view(request, record, office, model);
    }

    @PostMapping
    String saveDraft(StaffPrincipal staff, @PathVariable long requestId, @Valid @ModelAttribute("form") RecordForm form,
                     BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
                     Model model, RedirectAttributes redirect) throws IOException {
        return act(Intent.DRAFT, staff, requestId, form, result, file, model, redirect);
    }

    @PostMapping("/terlaksana")
    String recordHeld(StaffPrincipal staff, @PathVariable long requestId, @Valid @ModelAttribute("form") RecordForm form,
                      BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect) throws IOException {
        return act(Intent.HELD, staff, requestId, form, result, file, model, redirect);
    }

    @PostMapping("/ajukan")
    String fileReport(StaffPrincipal staff, @PathVariable long requestId, @Valid @ModelAttribute("form") RecordForm form,
                      BindingResult result, @RequestParam(name = "file", required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect) throws IOException {
        return act(Intent.REPORT, staff, requestId, form, result, file, model, redirect);
    }

    /** The automatic save on every change (htmx): answers with the time it was saved and the new version. */
    @PostMapping("/draf")
    String autosave(StaffPrincipal staff, @PathVariable long requestId, @Valid @ModelAttribute("form") RecordForm form,
                    BindingResult result, Model model, HttpServletResponse response) {
        ConsultationRequest request = service.requestForOfficer(staff, requestId);
        Office office = offices.require(request.getOfficeId());
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "consultation/autosave :: failed";
        }
        try {
            ConsultationRecord record = service.saveDraft(staff, requestId, form.getVersion(),
                    form.toContent(office.zone()), null, Set.of());
            model.addAttribute("c", record);
            model.addAttribute("office", office);
            return "consultation/autosave :: saved";
        } catch (InputRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "consultation/autosave :: failed";
        }
    }

    /** A handed-over file, for the officers and the reviewers (the opening is recorded). */
    @GetMapping("/berkas/{documentId}")
    ResponseEntity<byte[]> file(StaffPrincipal staff, @PathVariable long requestId, @PathVariable long documentId) {
        service.requestForReader(staff, requestId);
        service.recordFor(staff, requestId).flatMap(r -> r.handoverFile(documentId))
                .orElseThrow(() -> new NotFoundException("handover file " + documentId));
        DocumentFile file = requests.openDocument(staff, requestId, documentId);
        return Downloads.inline(file.content(), MediaType.parseMediaType(file.contentType()), file.filename());
    }

    private String act(Intent intent, StaffPrincipal staff, long requestId, RecordForm form, BindingResult result,
                       MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        ConsultationRequest request = service.requestForOfficer(staff, requestId);
        Office office = offices.require(request.getOfficeId());
        if (!result.hasErrors()) {
            Upload upload = file == null || file.isEmpty() ? null
                    : new Upload(file.getOriginalFilename(), file.getBytes(), form.isFileForApplicant());
            ZoneId zone = office.zone();
            try {
                switch (intent) {
                    case DRAFT -> service.saveDraft(staff, requestId, form.getVersion(), form.toContent(zone), upload,
                            form.getRemoveDocumentIds());
                    case HELD -> service.recordHeld(staff, requestId, form.getVersion(), form.toContent(zone), upload,
                            form.getRemoveDocumentIds());
                    case REPORT -> service.fileReport(staff, requestId, form.getVersion(), form.toContent(zone), upload,
                            form.getRemoveDocumentIds());
                }
                redirect.addFlashAttribute("flash", switch (intent) {
                    case DRAFT -> "consultation.flash.draftSaved";
                    case HELD -> "consultation.flash.held";
                    case REPORT -> "consultation.flash.filed";
                });
                return intent == Intent.REPORT ? "redirect:/staf/konsultasi/" + requestId + "/laporan"
                        : "redirect:/staf/konsultasi/" + requestId;
            } catch (RecordIncomplete e) {
                // what was typed is saved as a draft; the missing fields are shown beside themselves
                ConsultationRecord saved = service.recordFor(staff, requestId).orElseThrow();
                form.setVersion(saved.getVersion());
                form.getRemoveDocumentIds().clear();
                form.setReleasedDocumentIds(new java.util.HashSet<>(saved.getReleasedFiles().stream()
                        .map(f -> f.getDocumentId()).toList()));
                e.missing().forEach(field -> form.rejectMissing(result, field));
            } catch (InputRejected e) {
                if ("file".equals(e.field())) {
                    model.addAttribute("fileError", e.messageKey());
                    model.addAttribute("fileErrorArgument", e.arguments().length == 0 ? null : e.arguments()[0]);
                } else {
                    result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
                }
            }
        }
        ConsultationRecord record = service.recordFor(staff, requestId).orElse(null);
        return view(request, record, office, model);
    }

    private String view(ConsultationRequest request, ConsultationRecord record, Office office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        model.addAttribute("r", request);
        model.addAttribute("c", record);
        model.addAttribute("appointment", service.appointmentOf(request.getId()).orElse(null));
        model.addAttribute("officers", staffUsers.findAllById(request.getAssigneeIds()).stream()
                .sorted(Comparator.comparing(StaffUser::getFullName)).toList());
        model.addAttribute("modes", ConsultationMode.values());
        model.addAttribute("sections", LetterSection.values());
        model.addAttribute("canHold", record == null || record.getStage() == id.konsultasi.consultation.RecordStage.DRAFT);
        model.addAttribute("now", clock.instant());
        return "consultation/record";
    }
}
