package id.konsultasi.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.konsultasi.office.Offices;
import id.konsultasi.shared.upload.KeptUploadService.Form;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one store of files kept for forms that came back with errors: the public request form's and the desk's letter
 * form's files are kept encrypted, each form sees its own, and one job forgets those of both kinds kept more than a
 * day ago while fresh ones stay.
 */
@IntegrationTest
class KeptUploadServiceTests {

    @Autowired
    KeptUploadService kept;
    @Autowired
    Offices offices;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filesAreKeptEncryptedPerFormAndFieldAndReplacedByTheNextOne() {
        String key = UUID.randomUUID().toString();
        long office = offices.findByCode("buton").orElseThrow().getId();
        Form intake = new Form("intake.request", null, key);
        Form letter = new Form("desk.letter", office, key);
        kept.keep(intake, "idScan", file("ktp.png", "image/png", "ktp lama"));
        kept.keep(intake, "idScan", file("ktp-baru.png", "image/png", "ktp baru"));
        kept.keep(intake, "requestLetter", file("surat.pdf", "application/pdf", "surat"));
        kept.keep(letter, "scan", file("pindaian.pdf", "application/pdf", "pindaian"));

        assertThat(kept.kept(intake)).extracting(KeptUploadService.KeptFile::filename)
                .containsExactly("ktp-baru.png", "surat.pdf");
        assertThat(kept.open(letter)).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("pindaian.pdf");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("pindaian");
        });
        assertThat(kept.kept(new Form("desk.letter", office + 1, key))).as("another office's form").isEmpty();
        assertThat(jdbc.queryForList("select ciphertext from kept_upload where form_key = ?", byte[].class, key))
                .hasSize(3).noneSatisfy(stored -> assertThat(new String(stored, StandardCharsets.UTF_8))
                        .containsAnyOf("ktp", "surat", "pindaian"));

        kept.forget(intake);
        assertThat(kept.kept(intake)).isEmpty();
        assertThat(kept.kept(letter)).hasSize(1);
        kept.forget(letter);
    }

    @Test
    void theOneJobForgetsFilesOfBothFormsKeptMoreThanADayAgoAndKeepsFreshOnes() {
        long office = offices.findByCode("buton").orElseThrow().getId();
        Form oldIntake = new Form("intake.request", null, UUID.randomUUID().toString());
        Form oldLetter = new Form("desk.letter", office, UUID.randomUUID().toString());
        Form freshIntake = new Form("intake.request", null, UUID.randomUUID().toString());
        Form freshLetter = new Form("desk.letter", office, UUID.randomUUID().toString());
        TestClock.INSTANCE.set(TestClock.START);
        kept.keep(oldIntake, "idScan", file("ktp.png", "image/png", "ktp"));
        kept.keep(oldLetter, "scan", file("surat.pdf", "application/pdf", "surat"));
        TestClock.INSTANCE.advance(Duration.ofHours(20));
        kept.keep(freshIntake, "idScan", file("ktp.png", "image/png", "ktp"));
        kept.keep(freshLetter, "scan", file("surat.pdf", "application/pdf", "surat"));
        TestClock.INSTANCE.advance(Duration.ofHours(4).plusMinutes(1));

        kept.forgetAbandoned();

        assertThat(kept.kept(oldIntake)).isEmpty();
        assertThat(kept.kept(oldLetter)).isEmpty();
        assertThat(kept.kept(freshIntake)).hasSize(1);
        assertThat(kept.kept(freshLetter)).hasSize(1);
        kept.forget(freshIntake);
        kept.forget(freshLetter);
    }

    private static UploadRules.AcceptedFile file(String filename, String contentType, String text) {
        return new UploadRules.AcceptedFile(filename, contentType, bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
