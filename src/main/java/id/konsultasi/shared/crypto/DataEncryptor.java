package id.konsultasi.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for personal data at rest (ID scans, request letters, NIK). The stored form is
 * {@code version (1 byte) | IV (12 bytes) | ciphertext with tag}; tampering makes decryption fail.
 */
public class DataEncryptor {

    private static final byte VERSION = 1;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public DataEncryptor(SecretKey key) {
        this.key = key;
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + IV_LENGTH + sealed.length).put(VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        if (stored == null || stored.length < 1 + IV_LENGTH || stored[0] != VERSION) {
            throw new IllegalArgumentException("not data encrypted by this application");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_LENGTH));
            return cipher.doFinal(stored, 1 + IV_LENGTH, stored.length - 1 - IV_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or damaged data", e);
        }
    }

    public byte[] encryptText(String text) {
        return encrypt(text.getBytes(StandardCharsets.UTF_8));
    }

    public String decryptText(byte[] stored) {
        return new String(decrypt(stored), StandardCharsets.UTF_8);
    }
}
