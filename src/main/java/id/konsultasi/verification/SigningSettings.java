package id.konsultasi.verification;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offices' signing certificates ({@code konsultasi.signing.*}): per office code, a PKCS#12 file and its password,
 * e.g. {@code konsultasi.signing.offices.buton.keystore=/etc/konsultasi/buton.p12} and
 * {@code konsultasi.signing.offices.buton.password=${BUTON_P12_PASSWORD}}. An office without one issues its letters
 * unsigned. {@code self-signed} (the demo profile) gives every office without a certificate a self-signed one, made
 * at startup of the JVM and kept in memory for its life.
 */
@ConfigurationProperties("konsultasi.signing")
record SigningSettings(@DefaultValue("false") boolean selfSigned, Map<String, OfficeKeystore> offices) {

    SigningSettings {
        offices = offices == null ? Map.of() : Map.copyOf(offices);
    }

    /** A PKCS#12 file (its first private key entry is used) and its password. */
    record OfficeKeystore(String keystore, String password) {
    }
}
