package id.konsultasi.desk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The scanned letter of a registration form that came back with errors, kept encrypted until the form succeeds. */
@Entity
@Table(name = "desk_kept_scan")
class KeptScan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long officeId;
    private String formKey;
    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private byte[] ciphertext;
    private Instant createdAt;

    protected KeptScan() {
    }

    KeptScan(long officeId, String formKey, String filename, String contentType, long size, byte[] ciphertext,
             Instant createdAt) {
        this.officeId = officeId;
        this.formKey = formKey;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.ciphertext = ciphertext;
        this.createdAt = createdAt;
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
