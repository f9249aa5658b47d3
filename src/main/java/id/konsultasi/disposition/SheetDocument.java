package id.konsultasi.disposition;

import java.util.HashMap;
import java.util.Map;

import id.konsultasi.document.PdfRenderer;
import id.konsultasi.verification.IssueRequest;
import id.konsultasi.verification.IssuedLetters;
import id.konsultasi.verification.LetterKind;

import org.springframework.stereotype.Component;

/**
 * The lembar disposisi as a PDF, issued (verification code, signature, stored bytes) once per content: the head's
 * decision makes one, the division head's assignment, which adds its part to the sheet, makes the next.
 */
@Component
class SheetDocument {

    private final PdfRenderer renderer;
    private final IssuedLetters issued;

    SheetDocument(PdfRenderer renderer, IssuedLetters issued) {
        this.renderer = renderer;
        this.issued = issued;
    }

    byte[] pdf(DispositionSheet sheet) {
        Map<String, Object> model = new HashMap<>();
        model.put("s", sheet);
        String content = renderer.html("documents/lembar-disposisi", model);
        Signatory signatory = sheet.disposition().getSignatory();
        String number = sheet.agendaNumber() != null ? sheet.agendaNumber() : sheet.receiptNumber();
        return issued.issue(new IssueRequest(sheet.office().getId(), LetterKind.LEMBAR_DISPOSISI, number,
                IssueRequest.contentReference("disposition:" + sheet.disposition().getId(), content),
                signatory.getName(), signatory.getSigningPost()), verification -> {
                    model.put("verification", verification);
                    return renderer.pdf("documents/lembar-disposisi", model);
                });
    }
}
