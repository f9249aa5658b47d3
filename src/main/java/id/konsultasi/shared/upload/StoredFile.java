package id.konsultasi.shared.upload;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every stored file says about itself, in the columns {@code filename}, {@code content_type} and
 * {@code size_bytes}: its safe name and the media type of its content (as {@link UploadRules} accepted it) and its
 * size. A request's document, a file handed over in a consultation and a file kept for a form are stored files.
 */
@MappedSuperclass
public abstract class StoredFile {

    private String filename;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;

    protected StoredFile() {
    }

    protected StoredFile(String filename, String contentType, long size) {
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
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
}
