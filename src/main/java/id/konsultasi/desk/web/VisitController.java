package id.konsultasi.desk.web;

import id.konsultasi.desk.DeskRoles;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.GuestVisit;
import id.konsultasi.intake.ReceiptDocument;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A registered guest, with the receipt of the request registered or checked in at the desk, to print at once. */
@Controller
@RequestMapping("/staf/piket")
class VisitController {

    private final DeskService desk;
    private final RequestService requests;
    private final ReceiptDocument receipts;
    private final Offices offices;

    VisitController(DeskService desk, RequestService requests, ReceiptDocument receipts, Offices offices) {
        this.desk = desk;
        this.requests = requests;
        this.receipts = receipts;
        this.offices = offices;
    }

    @ModelAttribute
    void onlyTheDesk(StaffPrincipal staff) {
        DeskRoles.requireDesk(staff);
    }

    @GetMapping("/tamu/{id}")
    String show(StaffPrincipal staff, @PathVariable long id, Model model) {
        GuestVisit visit = desk.visit(staff, id);
        Office office = offices.require(visit.getOfficeId());
        model.addAttribute("visit", visit);
        model.addAttribute("office", office);
        model.addAttribute("zone", office.zone());
        model.addAttribute("request", visit.getRequestId() == null ? null
                : requests.forStaff(staff, visit.getRequestId()));
        return "desk/visit";
    }

    /** The tanda terima of a request of the officer's office, as a PDF to print. */
    @GetMapping("/permohonan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receipt(StaffPrincipal staff, @PathVariable long id) {
        ConsultationRequest request = requests.forStaff(staff, id);
        return Downloads.inline(receipts.pdf(request), Downloads.PDF, receipts.filename(request));
    }
}
