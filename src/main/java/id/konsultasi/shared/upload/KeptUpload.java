package id.konsultasi.shared.upload;

import java.time.Instant;

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
class KeptUpload extends StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String form;
    private Long officeId;
    private String formKey;
    private String field;
    private byte[] ciphertext;
    private Instant createdAt;

    protected KeptUpload() {
    }

    KeptUpload(KeptUploadService.Form form, String field, String filename, String contentType, long size,
               byte[] ciphertext, Instant createdAt) {
        super(filename, contentType, size);
        this.form = form.name();
        this.officeId = form.officeId();
        this.formKey = form.formKey();
        this.field = field;
        this.ciphertext = ciphertext;
        this.createdAt = createdAt;
    }

    String field() {
        return field;
    }

    byte[] ciphertext() {
        return ciphertext;
    }
}
