package id.konsultasi.request;

import id.konsultasi.shared.FileTypes;

/**
 * A decrypted document, on its way to someone allowed to see it, under a name whose extension matches its type
 * (files stored before names were given the extension of their content are served so too).
 */
public record DocumentFile(String filename, String contentType, byte[] content) {

    public DocumentFile {
        filename = FileTypes.safeName(filename, contentType);
    }
}
