package id.konsultasi.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

/** Personal data at rest: AES-GCM round trip, tampering detected, and no start without a key outside the demo. */
class DataEncryptorTests {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    DataEncryptor encryptor(String key, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new CryptoConfiguration().dataEncryptor(new CryptoConfiguration.CryptoProperties(key), environment);
    }

    @Test
    void encryptsWithAFreshIvEveryTimeAndDecryptsBack() {
        DataEncryptor encryptor = encryptor(KEY);
        byte[] one = encryptor.encryptText("7404015708900003");
        byte[] two = encryptor.encryptText("7404015708900003");
        assertThat(one).isNotEqualTo(two);
        assertThat(new String(one, StandardCharsets.ISO_8859_1)).doesNotContain("7404015708900003");
        assertThat(encryptor.decryptText(one)).isEqualTo("7404015708900003");
    }

    @Test
    void tamperedDataOrAnotherKeyIsRefused() {
        byte[] sealed = encryptor(KEY).encryptText("rahasia");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> encryptor(KEY).decryptText(sealed)).isInstanceOf(IllegalStateException.class);
        byte[] other = encryptor(KEY).encryptText("rahasia");
        String anotherKey = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        assertThatThrownBy(() -> encryptor(anotherKey).decryptText(other)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyTheApplicationRefusesToStartExceptForTheDemo() {
        assertThatThrownBy(() -> encryptor(null, "prod")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KONSULTASI_CRYPTO_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> encryptor("dGVybGFsdS1wZW5kZWs=")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThat(encryptor(null, "demo").decryptText(encryptor(null, "demo").encryptText("x"))).isEqualTo("x");
    }
}
