package id.konsultasi.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.konsultasi.request.Actor;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.upload.KeptUploadService;
import id.konsultasi.shared.upload.KeptUploadService.KeptFile;
import id.konsultasi.shared.upload.UploadRules;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a citizen's request from the form to a registered request: files are checked by their
 * content and kept (encrypted) even when the rest of the form has errors, so nothing is uploaded
 * twice; a double submission gives the same receipt.
 */
@Service
public class IntakeService {

    /** The form's file fields and what they become. */
    public static final Map<String, DocumentKind> FILE_FIELDS = Map.of(
            "idScan", DocumentKind.ID_SCAN,
            "requestLetter", DocumentKind.REQUEST_LETTER);

    private final KeptUploadService kept;
    private final RequestService requests;
    private final ConsultationRequests requestRepository;
    private final IntakeProperties properties;
    private final TransactionTemplate transaction;

    IntakeService(KeptUploadService kept, RequestService requests, ConsultationRequests requestRepository,
                  IntakeProperties properties, PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.kept = kept;
        this.requests = requests;
        this.requestRepository = requestRepository;
        this.properties = properties;
    }

    /** The request form's rendering whose files are kept: its key alone identifies it. */
    private static KeptUploadService.Form form(String formKey) {
        return new KeptUploadService.Form("intake.request", null, formKey);
    }

    /** A file as it arrived from the browser. */
    public record Upload(String field, String filename, byte[] content) {
    }

    /**
     * The problem with an upload, as a message key, if any: too large, not a PDF, JPEG or PNG (decided by the
     * content, not the name), or a PDF that does not open or has no page.
     */
    public Optional<String> check(Upload upload) {
        return properties.fileRules().problem(upload.content());
    }

    /**
     * Checks an upload and keeps it for the form, whose other fields have errors, so that it need not be
     * chosen again. Returns the message key of the problem, if any (see {@link #check}).
     */
    @Transactional
    public Optional<String> keep(String formKey, Upload upload) {
        Optional<String> problem = check(upload);
        if (problem.isPresent()) {
            return problem;
        }
        kept.keep(form(formKey), upload.field(), UploadRules.accepted(upload.filename(), upload.content()));
        return Optional.empty();
    }

    /** The files kept from earlier attempts of the same form, by field. */
    public Map<String, KeptFile> kept(String formKey) {
        Map<String, KeptFile> files = new LinkedHashMap<>();
        for (KeptFile file : kept.kept(form(formKey))) {
            files.put(file.field(), file);
        }
        return files;
    }

    /**
     * Registers the request with the files sent with it (checked) and those kept from earlier attempts of the
     * form (a file sent now replaces the one kept for its field). The same form sent twice gives the same
     * receipt.
     */
    public Receipt submit(long officeId, NewRequest request, List<Upload> uploads) {
        try {
            return transaction.execute(status -> submitOnce(officeId, request, uploads));
        } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
            return alreadySent(officeId, request.idempotencyKey()).orElseThrow(() -> sameFormAtTheSameMoment);
        }
    }

    /** The receipt of the request this form already registered, if it did (a second "send" of the same form). */
    @Transactional(readOnly = true)
    public Optional<Receipt> alreadySent(long officeId, String formKey) {
        return requestRepository.findByOfficeIdAndIdempotencyKey(officeId, formKey)
                .map(r -> new Receipt(r.getId(), r.getReceiptNumber(), r.getTrackingToken()));
    }

    private Receipt submitOnce(long officeId, NewRequest request, List<Upload> uploads) {
        Map<String, NewDocument> documents = new LinkedHashMap<>();
        for (KeptUploadService.OpenedFile file : kept.open(form(request.idempotencyKey()))) {
            documents.put(file.field(), new NewDocument(FILE_FIELDS.get(file.field()), file.filename(),
                    file.contentType(), file.content()));
        }
        for (Upload upload : uploads) {
            documents.put(upload.field(), new NewDocument(FILE_FIELDS.get(upload.field()), upload.filename(),
                    UploadRules.contentType(upload.content()).orElseThrow(), upload.content()));
        }
        kept.forget(form(request.idempotencyKey()));
        return requests.submit(officeId, request, new ArrayList<>(documents.values()), Actor.applicant());
    }
}
