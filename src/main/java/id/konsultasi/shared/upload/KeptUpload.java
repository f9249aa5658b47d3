package id.konsultasi.shared.upload;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file chosen on a form that came back with errors (an applicant's ID scan, a letter's scan), kept encrypted
 * until the form succeeds, so that it need not be chosen again; forgotten after a day otherwise.
 */
@Entity
@Table(name = "kept_upload")
class KeptUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String form;
    private Long officeId;
    private String formKey;
    private String field;
    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private byte[] ciphertext;
    private Instant createdAt;

    protected KeptUpload() {
    }

    KeptUpload(KeptUploadService.Form form, String field, String filename, String contentType, long size,
               byte[] ciphertext, Instant createdAt) {
        this.form = form.name();
        this.officeId = form.officeId();
        this.formKey = form.formKey();
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
