package id.konsultasi.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentFile;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant receives once the head acknowledged the report, for the tracking page: the closing
 * letter and the handed-over files the officer released. Nothing before, nothing else.
 */
@Service
@Transactional(readOnly = true)
public class ApplicantResults {

    private final ConsultationRecords records;
    private final ConsultationRequests requests;
    private final RequestService requestService;
    private final ClosingLetter letters;

    ApplicantResults(ConsultationRecords records, ConsultationRequests requests, RequestService requestService,
                     ClosingLetter letters) {
        this.records = records;
        this.requests = requests;
        this.requestService = requestService;
        this.letters = letters;
    }

    /** The result as the tracking page shows it. */
    public record Result(String letterNumber, Instant acknowledgedAt, List<ReleasedFile> files) {
    }

    /** A file the applicant may download. */
    public record ReleasedFile(long documentId, String filename, long size) {
    }

    /**
     * The result of a request, as its tracking page shows it: a request that is not closed has none (the head's
     * acknowledgement closes it), and nothing is read for it.
     */
    public Optional<Result> of(ConsultationRequest request) {
        return request.getStatus() == RequestStatus.CLOSED ? of(request.getId()) : Optional.empty();
    }

    /** The result of a closed consultation; empty before the head acknowledged the report. */
    public Optional<Result> of(long requestId) {
        // most requests the page is asked about are not closed: their stage is read, not their whole record
        if (records.findStageByRequestId(requestId).filter(stage -> stage == RecordStage.ACKNOWLEDGED).isEmpty()) {
            return Optional.empty();
        }
        return acknowledged(requestId).map(record -> new Result(record.getClosingLetterNumber(),
                record.getAcknowledgedAt(), letters.releasedFiles(record).stream()
                .map(f -> new ReleasedFile(f.getDocumentId(), f.getFilename(), f.getSize())).toList()));
    }

    public byte[] closingLetterPdf(long requestId) {
        ConsultationRecord record = acknowledged(requestId).orElseThrow(() -> new NotFoundException("closing letter"));
        return letters.pdf(record, request(requestId));
    }

    public String closingLetterFilename(long requestId) {
        ConsultationRecord record = acknowledged(requestId).orElseThrow(() -> new NotFoundException("closing letter"));
        return letters.filename(record, request(requestId));
    }

    /** A released file; any other (or any file before the acknowledgement) is a 404. */
    public DocumentFile file(long requestId, long documentId) {
        ConsultationRecord record = acknowledged(requestId).orElseThrow(() -> new NotFoundException("result"));
        boolean released = record.handoverFile(documentId).map(HandoverFile::isForApplicant).orElse(false);
        if (!released) {
            throw new NotFoundException("document " + documentId + " was not released");
        }
        return requestService.handoverFile(requestId, documentId);
    }

    private Optional<ConsultationRecord> acknowledged(long requestId) {
        return records.findByRequestId(requestId).filter(r -> r.getStage() == RecordStage.ACKNOWLEDGED);
    }

    private ConsultationRequest request(long requestId) {
        return requests.findWholeById(requestId).orElseThrow(() -> new NotFoundException("request " + requestId));
    }
}
