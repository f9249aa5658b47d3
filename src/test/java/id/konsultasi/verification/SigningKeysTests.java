package id.konsultasi.verification;

import static id.konsultasi.support.TestInfrastructureContextCustomizerFactory.KEY_PAIRS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.Office;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office's certificate comes from the PKCS#12 file configured for its code; a file that does not open stops the
 * start; an office without one signs nothing unless self-signed certificates are allowed (the demo profile).
 */
class SigningKeysTests {

    @TempDir
    Path folder;

    static Office office(String code) {
        Office office = mock(Office.class);
        when(office.getCode()).thenReturn(code);
        when(office.getName()).thenReturn("Dinas Sosial Kabupaten Uji");
        return office;
    }

    /** A PKCS#12 file holding the key and certificate of a self-signed demo office, as an administrator would install. */
    Path keystore(String password) throws Exception {
        // the tests' key pair (a new 2048-bit pair took two seconds under the test JVMs' compiler)
        SigningKeys.SigningKey demo = new SigningKeys(new SigningSettings(true, Map.of()), TestClock.INSTANCE, KEY_PAIRS)
                .forOffice(office("demo")).orElseThrow();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("kantor", demo.privateKey(), password.toCharArray(), new Certificate[]{demo.certificate()});
        Path file = folder.resolve("kantor.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    @Test
    void anOfficeSignsWithTheCertificateOfItsConfiguredFile() throws Exception {
        Path file = keystore("rahasia");
        SigningKeys keys = new SigningKeys(new SigningSettings(false, Map.of("uji",
                new SigningSettings.OfficeKeystore(file.toString(), "rahasia"))), TestClock.INSTANCE, KEY_PAIRS);

        SigningKeys.SigningKey key = keys.forOffice(office("uji")).orElseThrow();
        assertThat(key.certificate().getSubjectX500Principal().getName()).contains("Dinas Sosial Kabupaten Uji");
        assertThat(keys.forOffice(office("lain"))).as("an office without a certificate signs nothing").isEmpty();

        byte[] blank;
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            blank = out.toByteArray();
        }
        LetterSigner signer = new LetterSigner();
        byte[] signed = signer.sign(blank, key, "Kepala Uji", "Surat uji", "Uji", TestClock.INSTANCE.instant());
        List<LetterSigner.SignatureFound> found = signer.signatures(signed);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.valid()).isTrue();
            assertThat(s.coversWholeFile()).isTrue();
            assertThat(s.certificateSha256()).isEqualTo(key.certificateSha256());
        });
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureDictionaries().get(0).getName()).isEqualTo("Kepala Uji");
        }
        assertThat(Pdfs.pages(signed)).isEqualTo(1);
    }

    @Test
    void aFileThatDoesNotOpenWithItsPasswordStopsTheStart() throws Exception {
        Path file = keystore("rahasia");
        assertThatThrownBy(() -> new SigningKeys(new SigningSettings(false, Map.of("uji",
                new SigningSettings.OfficeKeystore(file.toString(), "salah"))), TestClock.INSTANCE, KEY_PAIRS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("uji");
        assertThatThrownBy(() -> new SigningKeys(new SigningSettings(false, Map.of("uji",
                new SigningSettings.OfficeKeystore(folder.resolve("tidak-ada.p12").toString(), "x"))), TestClock.INSTANCE, KEY_PAIRS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("uji");
    }
}
