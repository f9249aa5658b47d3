package id.konsultasi.request;

/** A decrypted document, on its way to someone allowed to see it. */
public record DocumentFile(String filename, String contentType, byte[] content) {
}
