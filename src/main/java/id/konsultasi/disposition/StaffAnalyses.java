package id.konsultasi.disposition;

import id.konsultasi.request.Actor;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The telaahan staf (staff analysis) a disposition may ask for: the lead officer attaches it, and a
 * consultation is not scheduled while one asked for is missing.
 */
@Service
@Transactional
public class StaffAnalyses {

    static final UploadRules STAFF_ANALYSIS = new UploadRules(DataSize.ofMegabytes(10), "disposition.staffAnalysisFile");

    private final RequestService requests;
    private final RequestDocuments documents;
    private final Assignments assignments;
    private final DispositionAccess access;
    private final DispositionWords words;

    StaffAnalyses(RequestService requests, RequestDocuments documents, Assignments assignments,
                  DispositionAccess access, DispositionWords words) {
        this.requests = requests;
        this.documents = documents;
        this.assignments = assignments;
        this.access = access;
        this.words = words;
    }

    /** The lead officer attaches the telaahan staf (PDF, JPG or PNG). */
    public void attach(StaffPrincipal staff, long requestId, String filename, byte[] content) {
        requests.forStaff(staff, requestId);
        access.requireLeadOfficer(staff, assignments.findByRequestId(requestId));
        UploadRules.AcceptedFile file = STAFF_ANALYSIS.accept("file", filename, content);
        requests.attachDocument(staff, Actor.of(staff), requestId,
                new NewDocument(DocumentKind.STAFF_ANALYSIS, filename, file.contentType(), content),
                words.message("disposition.internal.staffAnalysisAttached", file.filename()));
    }

    /**
     * Whether the request still waits for its telaahan staf: one was asked for and none is attached.
     * The scheduling module asks this before a consultation is scheduled.
     */
    @Transactional(readOnly = true)
    public boolean outstanding(long requestId) {
        return assignments.findByRequestId(requestId).filter(Assignment::isStaffAnalysisRequired).isPresent()
                && !documents.existsByRequestIdAndKindAndPurgedAtIsNull(requestId, DocumentKind.STAFF_ANALYSIS);
    }
}
