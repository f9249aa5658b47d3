package id.konsultasi.request;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The encrypted bytes of a document, loaded only when someone who may opens it. */
@Entity
@Table(name = "request_document_content")
class DocumentContent {

    @Id
    private Long documentId;

    private byte[] ciphertext;

    protected DocumentContent() {
    }

    DocumentContent(long documentId, byte[] ciphertext) {
        this.documentId = documentId;
        this.ciphertext = ciphertext;
    }

    byte[] ciphertext() {
        return ciphertext;
    }
}
