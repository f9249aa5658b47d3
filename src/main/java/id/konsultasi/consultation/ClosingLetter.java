package id.konsultasi.consultation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing letter to the applicant: on the office's letterhead, numbered when the head acknowledges
 * the report, holding only what the officer chose to send (the advice, recommendations, solutions,
 * follow-up, the data handed over and the files released with it), signed by the head.
 */
@Component
public class ClosingLetter {

    private final PdfRenderer renderer;
    private final Offices offices;
    private final RequestDocuments documents;
    private final ReportDocument reports;
    private final IssuedLetters issued;
    private final WrittenDates dates;
    private final Letterheads letterheads;

    ClosingLetter(PdfRenderer renderer, Offices offices, RequestDocuments documents, ReportDocument reports,
                  IssuedLetters issued, WrittenDates dates, Letterheads letterheads) {
        this.dates = dates;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.issued = issued;
        this.offices = offices;
        this.documents = documents;
        this.reports = reports;
    }

    /** One chosen part of the report, in the letter. */
    public record Part(LetterSection section, String text) {
    }

    /** The chosen written parts, in the report's order, leaving out the empty ones. */
    public static List<Part> parts(ConsultationRecord record) {
        List<Part> parts = new ArrayList<>();
        add(parts, record, LetterSection.PROBLEM, record.getProblem());
        add(parts, record, LetterSection.DISCUSSION, record.getDiscussion());
        add(parts, record, LetterSection.ADVICE, record.getAdvice());
        add(parts, record, LetterSection.RECOMMENDATIONS, record.getRecommendations());
        add(parts, record, LetterSection.SOLUTIONS, record.getSolutions());
        return parts;
    }

    /** The released files the applicant can still download (the retention job may have deleted some). */
    @Transactional(readOnly = true)
    public List<HandoverFile> releasedFiles(ConsultationRecord record) {
        List<Long> ids = record.getReleasedFiles().stream().map(HandoverFile::getDocumentId).toList();
        List<Long> available = documents.findAllById(ids).stream().filter(d -> !d.isPurged())
                .map(RequestDocument::getId).toList();
        return record.getReleasedFiles().stream().filter(f -> available.contains(f.getDocumentId())).toList();
    }

    /** The letter: issued (code, signature, stored bytes) once it is numbered; before, an unnumbered preview. */
    @Transactional(readOnly = true)
    public byte[] pdf(ConsultationRecord record, ConsultationRequest request) {
        Office office = offices.require(request.getOfficeId());
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("zone", office.zone());
        model.put("r", request);
        model.put("c", record);
        model.put("parts", parts(record));
        model.put("files", releasedFiles(record));
        model.put("sendHandover", record.sends(LetterSection.HANDOVER));
        model.put("sendFollowUp", record.sends(LetterSection.FOLLOW_UP));
        model.put("logo", letterheads.logoDataUri(office.getId()));
        var head = reports.head(office.getId(), record);
        model.put("head", head);
        model.put("letterDate", record.getAcknowledgedAt() == null ? null
                : dates.placeAndDate(record.getAcknowledgedAt(), office));
        String number = record.getClosingLetterNumber();
        if (number == null) {
            return renderer.pdf("documents/closing-letter", model);
        }
        return issued.issue(new IssueRequest(office.getId(), LetterKind.CLOSING_LETTER, number,
                "consultation-record:" + record.getId() + ":" + number, head == null ? null : head.getFullName(), null),
                verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/closing-letter", model);
                });
    }

    public String filename(ConsultationRecord record, ConsultationRequest request) {
        String number = record.getClosingLetterNumber() != null ? record.getClosingLetterNumber() : request.getReceiptNumber();
        return "surat-hasil-konsultasi-" + number.replace('/', '-') + ".pdf";
    }

    private static void add(List<Part> parts, ConsultationRecord record, LetterSection section, String text) {
        if (record.sends(section) && text != null && !text.isBlank()) {
            parts.add(new Part(section, text));
        }
    }
}
