package id.konsultasi.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.document.PdfRenderer;
import id.konsultasi.office.Letterheads;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.office.WrittenDates;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.RequestNumbers;
import id.konsultasi.shared.security.Role;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refusal letter, from the same machinery as the answer letter: the office's letterhead, a number
 * in its outgoing-letter sequence, its own text with the placeholders filled in, and the head's reason.
 */
@Component
public class RefusalLetter {

    private final PdfRenderer renderer;
    private final Offices offices;
    private final StaffUsers staff;
    private final SchedulingSettings settings;
    private final RequestNumbers numbers;
    private final Clock clock;
    private final IssuedLetters issued;
    private final WrittenDates dates;
    private final Letterheads letterheads;

    RefusalLetter(PdfRenderer renderer, Offices offices, StaffUsers staff, SchedulingSettings settings,
                  RequestNumbers numbers, Clock clock, IssuedLetters issued, WrittenDates dates,
                  Letterheads letterheads) {
        this.dates = dates;
        this.letterheads = letterheads;
        this.renderer = renderer;
        this.issued = issued;
        this.offices = offices;
        this.staff = staff;
        this.settings = settings;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** A numbered letter; give the number to {@link #pdf} to print it again. */
    @Transactional(propagation = Propagation.REQUIRED)
    public String number(ConsultationRequest request) {
        Office office = offices.require(request.getOfficeId());
        return numbers.nextLetterNumber(office.getId(), office.getReceiptPrefix(),
                RequestNumbers.yearOf(clock.instant(), office.zone()));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(ConsultationRequest request, String letterNumber, Instant issuedAt, String reason) {
        return pdf(request, letterNumber, issuedAt, reason, null, null);
    }

    /**
     * The letter signed by someone else than the head in person, e.g. "Plh. Kepala Dinas Sosial" and the
     * acting official's name; null for the head. Issued once per number (code, signature, stored bytes): every
     * later call returns the letter as issued.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(ConsultationRequest request, String letterNumber, Instant issuedAt, String reason,
                      String signingPost, String signerName) {
        Office office = offices.require(request.getOfficeId());
        AnswerLetter.Facts facts = new AnswerLetter.Facts(request.getReceiptNumber(),
                request.getApplicant().getDisplayName(), request.getTopic(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Map<String, Object> model = new HashMap<>();
        model.put("office", office);
        model.put("r", request);
        model.put("letterNumber", letterNumber);
        model.put("letterDate", dates.placeAndDate(issuedAt, office));
        model.put("applicant", facts.applicant());
        model.put("paragraphs", AnswerLetter.paragraphs(AnswerLetter.fill(settings.of(office.getId())
                .getRefusalLetterBody(), facts)));
        model.put("reason", reason);
        model.put("logo", letterheads.logoDataUri(office.getId()));
        var head = staff.activeWithRole(office.getId(), Role.KADIS).stream().findFirst().orElse(null);
        model.put("head", head);
        model.put("signingPost", signingPost);
        model.put("signerName", signerName);
        return issued.issue(new IssueRequest(office.getId(), LetterKind.REFUSAL_LETTER, letterNumber,
                "refusal:" + request.getId() + ":" + letterNumber,
                signerName != null ? signerName : head == null ? null : head.getFullName(), signingPost), verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/refusal-letter", model);
                });
    }

    public String filename(String letterNumber) {
        return "surat-penolakan-" + letterNumber.replace('/', '-') + ".pdf";
    }
}
