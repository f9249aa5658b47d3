package id.konsultasi.shared.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The keys for personal data, each the base64 of 32 random bytes ({@code openssl rand -base64 32}):
 * {@code KONSULTASI_CRYPTO_KEY} is the first key (id {@value DataEncryptor#FIRST_KEY_ID}); further keys come as
 * {@code konsultasi.crypto.keys.<id>} ({@code KONSULTASI_CRYPTO_KEYS_<ID>}), and {@code konsultasi.crypto.current-key}
 * names the one new data is encrypted with (needed only when there are several). Without any key the application
 * refuses to start, except with the demo profile, which uses a fixed, public demo key.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);
    /** public and therefore worthless: only for demo data on a developer's machine */
    private static final String DEMO_KEY = "ZGVtby1rZXktbGF5YW5hbi1rb25zdWx0YXNpLTMyYnk=";

    @Bean
    DataEncryptor dataEncryptor(CryptoProperties properties, Environment environment) {
        Map<String, String> configured = new LinkedHashMap<>();
        if (properties.key() != null && !properties.key().isBlank()) {
            configured.put(DataEncryptor.FIRST_KEY_ID, properties.key());
        }
        if (properties.keys() != null) {
            properties.keys().forEach((id, key) -> {
                String previous = configured.put(id, key);
                if (previous != null && !previous.trim().equals(key.trim())) {
                    throw new IllegalStateException("KONSULTASI_CRYPTO_KEY is the key '" + DataEncryptor.FIRST_KEY_ID
                            + "', and konsultasi.crypto.keys." + id + " gives another one");
                }
            });
        }
        configured.values().removeIf(key -> key == null || key.isBlank());
        if (configured.isEmpty()) {
            if (!environment.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException("""
                        No key to encrypt personal data: set KONSULTASI_CRYPTO_KEY to the base64 of 32 random \
                        bytes (for example the output of 'openssl rand -base64 32') and keep it safe; data \
                        encrypted with it cannot be read without it.""");
            }
            log.warn("Personal data is encrypted with the public DEMO key; never use the demo profile with real data");
            configured.put(DataEncryptor.FIRST_KEY_ID, DEMO_KEY);
        }
        String current = properties.currentKey() == null || properties.currentKey().isBlank() ? null
                : properties.currentKey().trim();
        if (current == null) {
            if (configured.size() > 1) {
                throw new IllegalStateException("Several keys for personal data " + configured.keySet()
                        + ": set konsultasi.crypto.current-key (KONSULTASI_CRYPTO_CURRENTKEY) to the one new data is encrypted with");
            }
            current = configured.keySet().iterator().next();
        }
        if (!configured.containsKey(current)) {
            throw new IllegalStateException("konsultasi.crypto.current-key is '" + current + "', but no such key is configured "
                    + configured.keySet());
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        configured.forEach((id, key) -> keys.put(id, secretKey(id, key)));
        return new DataEncryptor(keys, current);
    }

    private static SecretKey secretKey(String id, String key) {
        String name = DataEncryptor.FIRST_KEY_ID.equals(id) ? "KONSULTASI_CRYPTO_KEY" : "konsultasi.crypto.keys." + id;
        if (!DataEncryptor.KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(name + ": a key id is 1 to 40 of a-z, 0-9, '-' and '_'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        SecretKey secret = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return secret;
    }

    /**
     * @param key        the first key (id {@value DataEncryptor#FIRST_KEY_ID}), {@code KONSULTASI_CRYPTO_KEY}
     * @param keys       further keys by id
     * @param currentKey the id of the key new data is encrypted with; optional with one key
     */
    @ConfigurationProperties("konsultasi.crypto")
    record CryptoProperties(String key, Map<String, String> keys, String currentKey) {
    }
}
