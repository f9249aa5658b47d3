package id.konsultasi.verification;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.konsultasi.office.Office;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The offices' signing keys: read once at startup from the PKCS#12 files configured per office code
 * ({@link SigningSettings}; a file that is missing or does not open with its password stops the start), or, where
 * self-signed certificates are allowed (the demo profile), made for an office the first time it signs and kept for the
 * JVM's life.
 */
@Component
public class SigningKeys {

    /** A private key with its certificate (and the chain above it, the certificate first). */
    public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

        /** The SHA-256 of the certificate, in hex: what an issued letter remembers of who signed it. */
        public String certificateSha256() {
            return sha256(encoded(certificate));
        }
    }

    /**
     * Where the key pair of a self-signed certificate comes from: a new RSA 2048 pair for each office, unless the
     * context holds another source: the tests' context hands out one shorter pair for all offices (each still with
     * its own certificate), as a new pair cost half a second in a test JVM, whose compiler stops at C1.
     */
    @FunctionalInterface
    public interface KeyPairs {

        KeyPair next();
    }

    private final boolean selfSigned;
    private final Clock clock;
    private final KeyPairs keyPairs;
    private final Map<String, SigningKey> configured;
    private final Map<String, SigningKey> generated = new ConcurrentHashMap<>();

    @Autowired
    SigningKeys(SigningSettings settings, Clock clock, ObjectProvider<KeyPairs> keyPairs) {
        this(settings, clock, keyPairs.getIfAvailable(() -> SigningKeys::rsa2048));
    }

    SigningKeys(SigningSettings settings, Clock clock, KeyPairs keyPairs) {
        this.selfSigned = settings.selfSigned();
        this.clock = clock;
        this.keyPairs = keyPairs;
        Map<String, SigningKey> keys = new HashMap<>();
        settings.offices().forEach((code, keystore) -> keys.put(code, read(code, keystore)));
        this.configured = Collections.unmodifiableMap(keys);
    }

    /** The office's key, if it signs its letters. */
    public Optional<SigningKey> forOffice(Office office) {
        SigningKey key = configured.get(office.getCode());
        if (key != null || !selfSigned) {
            return Optional.ofNullable(key);
        }
        return Optional.of(generated.computeIfAbsent(office.getCode(), code -> selfSigned(office)));
    }

    private static SigningKey read(String code, SigningSettings.OfficeKeystore keystore) {
        if (keystore.keystore() == null || keystore.keystore().isBlank()) {
            throw new IllegalStateException("konsultasi.signing.offices." + code + ".keystore names no file");
        }
        char[] password = keystore.password() == null ? new char[0] : keystore.password().toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(keystore.keystore()))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
                    return new SigningKey((PrivateKey) store.getKey(alias, password), certificates.get(0), certificates);
                }
            }
            throw new IllegalStateException("the signing keystore of office " + code + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the signing keystore of office " + code + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A self-signed certificate in the office's name, valid from a year before the clock's now for ten years. */
    private SigningKey selfSigned(Office office) {
        try {
            KeyPair pair = keyPairs.next();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, upTo64(office.getName()))
                    .addRDN(BCStyle.O, "Layanan Konsultasi (demo)").addRDN(BCStyle.C, "ID").build();
            Instant now = clock.instant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    java.util.Date.from(now.minus(Duration.ofDays(365))),
                    java.util.Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), certificate, List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a demo signing certificate", e);
        }
    }

    /** A new RSA key pair of 2048 bits. */
    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key pair", e);
        }
    }

    /** A name as a certificate holds it (RFC 5280: at most 64 characters). */
    private static String upTo64(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64).strip();
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
