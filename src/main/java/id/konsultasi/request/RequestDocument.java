package id.konsultasi.request;

import java.time.Instant;

import id.konsultasi.shared.upload.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a request (ID scan, request letter...). Its bytes live encrypted in {@link DocumentContent}. */
@Entity
@Table(name = "request_document")
public class RequestDocument extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String sha256;
    private Instant uploadedAt;
    private Instant purgedAt;

    protected RequestDocument() {
    }

    RequestDocument(long requestId, DocumentKind kind, String filename, String contentType, long size, String sha256,
                    Instant uploadedAt) {
        super(filename, contentType, size);
        this.requestId = requestId;
        this.kind = kind;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    void purged(Instant at) {
        this.purgedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isPurged() {
        return purgedAt != null;
    }
}
