package id.konsultasi.consultation;

import id.konsultasi.shared.upload.StoredFile;
import jakarta.persistence.Embeddable;

/**
 * A file handed over to the applicant in the consultation. Its bytes are one of the request's encrypted
 * documents; {@code forApplicant} says whether the officer sends it with the closing letter.
 */
@Embeddable
public class HandoverFile extends StoredFile {

    private long documentId;
    private boolean forApplicant;

    protected HandoverFile() {
    }

    HandoverFile(long documentId, String filename, String contentType, long size, boolean forApplicant) {
        super(filename, contentType, size);
        this.documentId = documentId;
        this.forApplicant = forApplicant;
    }

    void sendToApplicant(boolean forApplicant) {
        this.forApplicant = forApplicant;
    }

    public long getDocumentId() {
        return documentId;
    }

    public boolean isForApplicant() {
        return forApplicant;
    }
}
