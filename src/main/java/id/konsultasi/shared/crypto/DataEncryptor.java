package id.konsultasi.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for personal data at rest (ID scans, request letters, NIK, tracking links), under one of several
 * keys, each with an id, so that the key can be rotated ({@link KeyRotation}). New data is encrypted with the
 * current key in the stored form {@code 2 | length of the key id (1 byte) | key id (ASCII) | IV (12 bytes) |
 * ciphertext with tag}. The first form, {@code 1 | IV | ciphertext with tag}, written before keys had ids, is still
 * read: it belongs to the key with id {@value #FIRST_KEY_ID} (the one {@code KONSULTASI_CRYPTO_KEY} gives).
 * Tampering makes decryption fail.
 */
public class DataEncryptor {

    /** The id of the key data of the first form was encrypted with: {@code konsultasi.crypto.key}. */
    public static final String FIRST_KEY_ID = "1";
    /** Key ids as they survive environment variables: lower-case letters, digits, dash, underscore. */
    static final Pattern KEY_ID = Pattern.compile("[a-z0-9_-]{1,40}");

    private static final byte WITHOUT_KEY_ID = 1;
    private static final byte WITH_KEY_ID = 2;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int STEP = 8 * 1024;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final byte[] currentHeader;
    private final SecureRandom random = new SecureRandom();

    /** One key, the first one. */
    public DataEncryptor(SecretKey key) {
        this(Map.of(FIRST_KEY_ID, key), FIRST_KEY_ID);
    }

    /** Several keys by id; new data is encrypted with the current one, old data read with its own. */
    public DataEncryptor(Map<String, SecretKey> keys, String currentKeyId) {
        keys.keySet().forEach(id -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id is 1 to 40 of a-z, 0-9, '-' and '_', not '" + id + "'");
            }
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("the current key '" + currentKeyId + "' is not among the keys " + keys.keySet());
        }
        this.keys = Map.copyOf(keys);
        this.currentKeyId = currentKeyId;
        byte[] id = currentKeyId.getBytes(StandardCharsets.US_ASCII);
        this.currentHeader = new byte[2 + id.length];
        currentHeader[0] = WITH_KEY_ID;
        currentHeader[1] = (byte) id.length;
        System.arraycopy(id, 0, currentHeader, 2, id.length);
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            int header = currentHeader.length;
            byte[] stored = new byte[header + IV_LENGTH + cipher.getOutputSize(plain.length)];
            System.arraycopy(currentHeader, 0, stored, 0, header);
            System.arraycopy(iv, 0, stored, header, IV_LENGTH);
            int at = header + IV_LENGTH;
            // in steps, as a stream would be: the JIT then compiles the cipher's accelerated path after a few
            // hundred scans instead of thousands (until then a 200 KB scan costs 10 ms of CPU instead of 0.1 ms)
            for (int from = 0; from < plain.length; from += STEP) {
                at += cipher.update(plain, from, Math.min(STEP, plain.length - from), stored, at);
            }
            cipher.doFinal(stored, at);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        String keyId = keyIdOf(stored);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("data encrypted with the key '" + keyId
                    + "', which is not configured (konsultasi.crypto.keys." + keyId + ")");
        }
        int header = headerLength(stored);
        if (stored.length < header + IV_LENGTH) {
            throw new IllegalArgumentException("not data encrypted by this application");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, header, IV_LENGTH));
            return cipher.doFinal(stored, header + IV_LENGTH, stored.length - header - IV_LENGTH);
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

    /** The id of the key the stored data was encrypted with. */
    public static String keyIdOf(byte[] stored) {
        if (stored == null || stored.length < 1 + IV_LENGTH) {
            throw new IllegalArgumentException("not data encrypted by this application");
        }
        if (stored[0] == WITHOUT_KEY_ID) {
            return FIRST_KEY_ID;
        }
        if (stored[0] == WITH_KEY_ID && stored.length > 2 + stored[1] + IV_LENGTH && stored[1] > 0) {
            return new String(stored, 2, stored[1], StandardCharsets.US_ASCII);
        }
        throw new IllegalArgumentException("not data encrypted by this application");
    }

    private static int headerLength(byte[] stored) {
        return stored[0] == WITHOUT_KEY_ID ? 1 : 2 + stored[1];
    }

    /** Whether the stored data is encrypted with the current key (else {@link KeyRotation} encrypts it again). */
    public boolean isCurrent(byte[] stored) {
        return currentKeyId.equals(keyIdOf(stored));
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of the keys configured, sorted. */
    public Set<String> keyIds() {
        return new TreeMap<>(keys).keySet();
    }
}
