package id.konsultasi.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Division;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.Lines;
import id.konsultasi.shared.security.Role;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Laporan Hasil Konsultasi generated from the record: on the office's letterhead, to the head (through
 * the division head where the standard routes through one), from the lead officer. The same fragment
 * ({@code consultation/report-sheet :: report}) is the printable page and the PDF.
 */
@Component
public class ReportDocument {

    private final PdfRenderer renderer;
    private final Offices offices;
    private final Divisions divisions;
    private final StaffUsers staffUsers;
    private final MeetingRooms rooms;
    private final SchedulingService scheduling;
    private final OfficeDirectory directory;
    private final IssuedLetters issued;

    ReportDocument(PdfRenderer renderer, Offices offices, Divisions divisions, StaffUsers staffUsers,
                   MeetingRooms rooms, SchedulingService scheduling, OfficeDirectory directory, IssuedLetters issued) {
        this.directory = directory;
        this.issued = issued;
        this.renderer = renderer;
        this.offices = offices;
        this.divisions = divisions;
        this.staffUsers = staffUsers;
        this.rooms = rooms;
        this.scheduling = scheduling;
    }

    /** What the report fragment needs. */
    @Transactional(readOnly = true)
    public Map<String, Object> model(ConsultationRecord record, ConsultationRequest request) {
        Office office = offices.require(request.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("zone", office.zone());
        model.put("r", request);
        model.put("c", record);
        StaffUser lead = record.getLeadOfficerId() == null ? null
                : staffUsers.findById(record.getLeadOfficerId()).orElse(null);
        model.put("lead", lead);
        model.put("companions", staffUsers.findAllById(record.getCompanionIds()).stream()
                .sorted(java.util.Comparator.comparing(StaffUser::getFullName)).toList());
        model.put("otherOfficials", Lines.split(record.getOtherOfficials()));
        model.put("otherAgencies", Lines.split(record.getOtherAgencies()));
        model.put("applicantAttendees", Lines.split(record.getApplicantAttendees()));
        Division division = record.getDivisionId() == null ? null : divisions.findById(record.getDivisionId()).orElse(null);
        model.put("division", division);
        boolean filed = record.getReportedAt() != null;
        boolean viaDivision = filed ? record.isRoutedViaDivision()
                : directory.standard(office.getId()).switches().dispositionViaDivision() && division != null;
        model.put("viaDivision", viaDivision);
        model.put("head", head(office.getId(), record));
        model.put("place", place(record));
        return model;
    }

    /**
     * The report as a PDF: a draft as it stands, without a verification code; a filed report is issued (code,
     * signature, stored bytes) once per filing and once more when the head acknowledges it.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(ConsultationRecord record, ConsultationRequest request) {
        Map<String, Object> model = model(record, request);
        if (record.getReportedAt() == null) {
            return renderer.pdf("documents/consultation-report", model);
        }
        StaffUser head = (StaffUser) model.get("head");
        String reference = "consultation-record:" + record.getId() + ":" + record.getReportedAt().toEpochMilli()
                + (record.getAcknowledgedAt() == null ? "" : ":" + record.getAcknowledgedAt().toEpochMilli());
        return issued.issue(new IssueRequest(request.getOfficeId(), LetterKind.CONSULTATION_REPORT,
                request.getReceiptNumber(), reference, head == null ? null : head.getFullName(), null), verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/consultation-report", model);
                });
    }

    public String filename(ConsultationRequest request) {
        return "laporan-hasil-konsultasi-" + request.getReceiptNumber().replace('/', '-') + ".pdf";
    }

    /** The head who acknowledged it, else the office's head. */
    StaffUser head(long officeId, ConsultationRecord record) {
        if (record.getAcknowledgedById() != null) {
            StaffUser acknowledgedBy = staffUsers.findById(record.getAcknowledgedById()).orElse(null);
            if (acknowledgedBy != null) {
                return acknowledgedBy;
            }
        }
        List<StaffUser> heads = staffUsers.activeWithRole(officeId, Role.KADIS);
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** The meeting room (and its location) of an in-person consultation, or the link of an online one. */
    private String place(ConsultationRecord record) {
        var appointment = scheduling.latestFor(record.getRequestId()).orElse(null);
        if (appointment == null) {
            return null;
        }
        if (record.getModeUsed() == ConsultationMode.ONLINE) {
            return appointment.getMeetingLink();
        }
        if (appointment.getRoomId() == null) {
            return null;
        }
        return rooms.findById(appointment.getRoomId())
                .map(r -> r.getLocation() == null ? r.getName() : r.getName() + ", " + r.getLocation())
                .filter(Objects::nonNull).orElse(null);
    }
}
