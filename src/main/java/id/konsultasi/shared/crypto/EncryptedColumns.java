package id.konsultasi.shared.crypto;

import java.util.List;

/**
 * Every column that holds data encrypted with the {@link DataEncryptor}, which {@link KeyRotation} encrypts again
 * under the current key. A new encrypted column is added here ({@code KeyRotationTests} fails on a {@code BYTEA}
 * column that is neither here nor known to be plain).
 */
final class EncryptedColumns {

    /** A table's encrypted column, the columns of its primary key, and which rows hold it encrypted (SQL). */
    record EncryptedColumn(String table, List<String> key, String column, String condition) {

        EncryptedColumn(String table, List<String> key, String column) {
            this(table, key, column, "TRUE");
        }

        String label() {
            return table + "." + column;
        }
    }

    static final List<EncryptedColumn> ALL = List.of(
            new EncryptedColumn("consultation_request", List.of("id"), "nik_encrypted"),
            new EncryptedColumn("consultation_request", List.of("id"), "tracking_token_encrypted"),
            new EncryptedColumn("request_document_content", List.of("document_id"), "ciphertext"),
            new EncryptedColumn("kept_upload", List.of("id"), "ciphertext"),
            new EncryptedColumn("guest_visit", List.of("id"), "nik_encrypted"),
            new EncryptedColumn("complaint", List.of("id"), "tracking_token_encrypted"),
            new EncryptedColumn("outbox_mail", List.of("id"), "link_tokens_encrypted"),
            // the WhatsApp template parameters hold the tracking link
            new EncryptedColumn("whatsapp_outbox", List.of("id"), "parameters_encrypted"),
            // attachments queued before V90 are encrypted when the application starts (OutboxAttachments)
            new EncryptedColumn("outbox_attachment", List.of("mail_id", "position"), "content", "encrypted"),
            // the official letters as issued (verification): they name the applicant and the address
            new EncryptedColumn("issued_letter", List.of("id"), "content"));

    /** {@code BYTEA} columns that are not encrypted with the application's key. */
    static final List<String> PLAIN = List.of(
            "spring_session_attributes.attribute_bytes",
            // the office's logo, printed on every letter: public
            "office_logo.content");

    private EncryptedColumns() {
    }
}
