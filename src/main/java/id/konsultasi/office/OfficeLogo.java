package id.konsultasi.office;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The logo at the left of an office's letterhead: a PNG, one per office. */
@Entity
@Table(name = "office_logo")
class OfficeLogo {

    @Id
    private Long officeId;
    private String mediaType;
    private byte[] content;
    private Instant uploadedAt;

    protected OfficeLogo() {
    }

    OfficeLogo(long officeId, String mediaType, byte[] content, Instant uploadedAt) {
        this.officeId = officeId;
        replace(mediaType, content, uploadedAt);
    }

    void replace(String mediaType, byte[] content, Instant uploadedAt) {
        this.mediaType = mediaType;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
    }

    String mediaType() {
        return mediaType;
    }

    byte[] content() {
        return content.clone();
    }
}
