package id.konsultasi.request;

import id.konsultasi.shared.upload.UploadRules;

/**
 * A decrypted document, on its way to someone allowed to see it, under a name whose extension matches its type
 * (files stored before names were given the extension of their content are served so too).
 */
public record DocumentFile(String filename, String contentType, byte[] content) {

    public DocumentFile {
        filename = UploadRules.safeName(filename, contentType);
    }
}
