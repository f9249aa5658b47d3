package id.konsultasi.shared.crypto;

import java.util.Arrays;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The key for personal data comes from {@code KONSULTASI_CRYPTO_KEY} (base64 of 32 random bytes:
 * {@code openssl rand -base64 32}). Without it the application refuses to start, except with the demo
 * profile, which uses a fixed, public demo key.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);
    /** public and therefore worthless: only for demo data on a developer's machine */
    private static final String DEMO_KEY = "ZGVtby1rZXktbGF5YW5hbi1rb25zdWx0YXNpLTMyYnk=";

    @Bean
    DataEncryptor dataEncryptor(CryptoProperties properties, Environment environment) {
        String key = properties.key();
        if (key == null || key.isBlank()) {
            if (!environment.acceptsProfiles(Profiles.of("demo"))) {
                throw new IllegalStateException("""
                        No key to encrypt personal data: set KONSULTASI_CRYPTO_KEY to the base64 of 32 random \
                        bytes (for example the output of 'openssl rand -base64 32') and keep it safe; data \
                        encrypted with it cannot be read without it.""");
            }
            log.warn("Personal data is encrypted with the public DEMO key; never use the demo profile with real data");
            key = DEMO_KEY;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KONSULTASI_CRYPTO_KEY is not valid base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("KONSULTASI_CRYPTO_KEY must be 32 bytes (base64 of 32 random bytes), not "
                    + bytes.length);
        }
        DataEncryptor encryptor = new DataEncryptor(new SecretKeySpec(bytes, "AES"));
        Arrays.fill(bytes, (byte) 0);
        return encryptor;
    }

    @ConfigurationProperties("konsultasi.crypto")
    record CryptoProperties(String key) {
    }
}
