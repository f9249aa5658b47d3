package id.konsultasi.request;

/** A file to attach: its content type was decided from its bytes. */
public record NewDocument(DocumentKind kind, String filename, String contentType, byte[] content) {
}
