package id.konsultasi.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file handed over to the applicant in the consultation. Its bytes are one of the request's encrypted
 * documents; {@code forApplicant} says whether the officer sends it with the closing letter.
 */
@Embeddable
public class HandoverFile {

    private long documentId;
    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private boolean forApplicant;

    protected HandoverFile() {
    }

    HandoverFile(long documentId, String filename, String contentType, long size, boolean forApplicant) {
        this.documentId = documentId;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.forApplicant = forApplicant;
    }

    void sendToApplicant(boolean forApplicant) {
        this.forApplicant = forApplicant;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public boolean isForApplicant() {
        return forApplicant;
    }
}
