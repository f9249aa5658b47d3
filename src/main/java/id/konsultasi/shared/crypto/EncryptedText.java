package id.konsultasi.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text attribute stored encrypted ({@code BYTEA}) with the application's {@link DataEncryptor}: the entity
 * holds the text, the database only its ciphertext. Hibernate gets the converter from Spring, which injects the
 * encryptor.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, byte[]> {

    private final DataEncryptor encryptor;

    public EncryptedText(DataEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public byte[] convertToDatabaseColumn(String text) {
        return text == null ? null : encryptor.encryptText(text);
    }

    @Override
    public String convertToEntityAttribute(byte[] stored) {
        return stored == null ? null : encryptor.decryptText(stored);
    }
}
