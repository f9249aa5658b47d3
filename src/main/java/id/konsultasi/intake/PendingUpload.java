package id.konsultasi.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file uploaded on a form that came back with errors, kept encrypted until the form succeeds. */
@Entity
@Table(name = "pending_upload")
class PendingUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String formKey;
    private String field;
    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private byte[] ciphertext;
    private Instant createdAt;

    protected PendingUpload() {
    }

    PendingUpload(String formKey, String field, String filename, String contentType, long size, byte[] ciphertext,
                  Instant createdAt) {
        this.formKey = formKey;
        this.field = field;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.ciphertext = ciphertext;
        this.createdAt = createdAt;
    }

    String field() {
        return field;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    byte[] ciphertext() {
        return ciphertext;
    }
}
