package id.konsultasi.request;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** The encrypted bytes of a document, loaded only when someone who may opens it. */
@Entity
@Table(name = "request_document_content")
class DocumentContent implements Persistable<Long> {

    @Id
    private Long documentId;

    private byte[] ciphertext;

    /** new until written or read: saved without first looking for it (its id is the document's) */
    @Transient
    private boolean fresh = true;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] ciphertext) {
        this.documentId = documentId;
        this.ciphertext = ciphertext;
    }

    byte[] ciphertext() {
        return ciphertext;
    }

    @Override
    public Long getId() {
        return documentId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
