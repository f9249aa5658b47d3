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
        return new CryptoConfiguration().dataEncryptor(new CryptoConfiguration.CryptoProperties(key, null, null), environment);
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
    void dataOfTheFirstFormWithoutAKeyIdIsReadWithTheFirstKey() throws Exception {
        javax.crypto.SecretKey first = new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(KEY), "AES");
        byte[] iv = new byte[12];
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, first, new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal("7404015708900003".getBytes(StandardCharsets.UTF_8));
        byte[] firstForm = new byte[1 + 12 + sealed.length];
        firstForm[0] = 1;
        System.arraycopy(sealed, 0, firstForm, 13, sealed.length);

        DataEncryptor rotated = new DataEncryptor(java.util.Map.of("1", first,
                "2026b", new javax.crypto.spec.SecretKeySpec("fedcba9876543210fedcba9876543210".getBytes(), "AES")), "2026b");
        assertThat(DataEncryptor.keyIdOf(firstForm)).isEqualTo("1");
        assertThat(rotated.decryptText(firstForm)).isEqualTo("7404015708900003");
        byte[] again = rotated.encryptText("7404015708900003");
        assertThat(DataEncryptor.keyIdOf(again)).isEqualTo("2026b");
        assertThat(rotated.isCurrent(again)).isTrue();
        assertThat(rotated.isCurrent(firstForm)).isFalse();
        assertThat(encryptor(KEY).decryptText(firstForm)).as("KONSULTASI_CRYPTO_KEY is the first key").isEqualTo("7404015708900003");
        assertThatThrownBy(() -> encryptor(KEY).decryptText(again)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026b");
    }

    @Test
    void severalKeysNeedTheCurrentOneNamed() {
        String other = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        MockEnvironment environment = new MockEnvironment();
        assertThatThrownBy(() -> new CryptoConfiguration().dataEncryptor(new CryptoConfiguration.CryptoProperties(KEY,
                java.util.Map.of("b", other), null), environment)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current-key");
        DataEncryptor both = new CryptoConfiguration().dataEncryptor(new CryptoConfiguration.CryptoProperties(KEY,
                java.util.Map.of("b", other), "b"), environment);
        assertThat(both.keyIds()).containsExactly("1", "b");
        assertThat(both.currentKeyId()).isEqualTo("b");
        assertThat(both.decryptText(encryptor(KEY).encryptText("x"))).isEqualTo("x");
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
