package id.konsultasi.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import id.konsultasi.shared.InputRejected;
import id.konsultasi.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

/**
 * The one set of upload rules: a PDF, JPEG or PNG by its content (whatever its name says), a PDF that opens with a
 * page, no more bytes than the field accepts, each refusal under the field's message prefix; file names are kept
 * as the user chose them, minus what could hide, misplace or break something.
 */
class UploadRulesTests {

    static final UploadRules RULES = new UploadRules(DataSize.ofKilobytes(64), "intake.file");

    @Test
    void theTypeIsDecidedByTheContentNeverByTheName() throws IOException {
        assertThat(UploadRules.contentType(TestFiles.pdf())).contains("application/pdf");
        assertThat(UploadRules.contentType(TestFiles.png())).contains("image/png");
        assertThat(UploadRules.contentType(jpeg())).contains("image/jpeg");
        assertThat(UploadRules.contentType("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())).isEmpty();
        assertThat(UploadRules.contentType("GIF89a".getBytes())).as("a GIF is an image, not one we accept").isEmpty();
        assertThat(UploadRules.contentType(new byte[0])).isEmpty();

        UploadRules.AcceptedFile file = RULES.accept("idScan", "ktp.html", TestFiles.png());
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.filename()).isEqualTo("ktp.png");
        assertThat(RULES.accept("idScan", "foto.pdf", jpeg()).filename()).isEqualTo("foto.jpg");
    }

    @Test
    void eachRefusalHasTheMessageOfItsField() {
        assertThat(RULES.problem(null)).contains("intake.file.required");
        assertThat(RULES.problem(new byte[0])).contains("intake.file.required");
        assertThat(RULES.problem(new byte[64 * 1024 + 1])).as("too large before anything else")
                .contains("intake.file.tooLarge");
        assertThat(RULES.problem("<html></html>".getBytes(StandardCharsets.UTF_8))).contains("intake.file.type");
        assertThat(RULES.problem("%PDF-1.7 tidak".getBytes(StandardCharsets.UTF_8))).contains("intake.file.pdf");
        assertThat(new UploadRules(DataSize.ofMegabytes(10), "letter.scan").problem("x".getBytes()))
                .contains("letter.scan.type");
        assertThat(RULES.problem(TestFiles.pdf())).isEmpty();

        assertThatThrownBy(() -> new UploadRules(DataSize.ofMegabytes(5), "consultation.file")
                .accept("file", "besar.pdf", new byte[5 * 1024 * 1024 + 1]))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("consultation.file.tooLarge");
                    assertThat(e.arguments()).containsExactly(5L);
                });
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aNameKeepsItsAccentsQuotesDashesAndEmoji() {
        assertThat(UploadRules.safeName("Surat José’s “bantuan” — Ñ 😀 (2).pdf", "application/pdf"))
                .isEqualTo("Surat José’s “bantuan” — Ñ 😀 (2).pdf");
        assertThat(UploadRules.safeName("ktp-wa_ode.jpg", "image/jpeg")).isEqualTo("ktp-wa_ode.jpg");
    }

    @Test
    void aNameLosesItsPathControlAndInvisibleCharactersAndWhatWindowsRefuses() {
        assertThat(UploadRules.safeName("C:\\fakepath\\ktp.pdf", "application/pdf")).isEqualTo("ktp.pdf");
        assertThat(UploadRules.safeName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
        assertThat(UploadRules.safeName("ktp\u202Efdp.exe", "application/pdf")).as("a right-to-left override")
                .isEqualTo("ktp_fdp.pdf");
        assertThat(UploadRules.safeName("a\tb\r\nc\u2028d.pdf", "application/pdf")).isEqualTo("a_b__c_d.pdf");
        assertThat(UploadRules.safeName("tanya?<ya>:\"tidak\"|*.pdf", "application/pdf")).isEqualTo("tanya__ya___tidak___.pdf");
        assertThat(UploadRules.safeName(".htaccess", "image/png")).isEqualTo("berkas.png");
        assertThat(UploadRules.safeName("  ", "application/pdf")).isEqualTo("berkas.pdf");
        assertThat(UploadRules.safeName(null, "image/jpeg")).isEqualTo("berkas.jpg");
    }

    @Test
    void aNameGetsTheExtensionOfWhatTheFileIs() {
        assertThat(UploadRules.safeName("ktp.html", "image/png")).isEqualTo("ktp.png");
        assertThat(UploadRules.safeName("surat.PDF.svg", "application/pdf")).isEqualTo("surat.PDF.pdf");
        assertThat(UploadRules.safeName("pindaian", "image/jpeg")).isEqualTo("pindaian.jpg");
        assertThat(UploadRules.safeName("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
        assertThat(UploadRules.safeName("KTP.Png", "image/png")).isEqualTo("KTP.Png");
    }

    @Test
    void aPdfMustOpenAndHaveAPage() {
        assertThat(RULES.refusal(TestFiles.pdf())).isEmpty();
        assertThat(RULES.refusal(TestFiles.png())).isEmpty();
        assertThat(RULES.refusal("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>".getBytes()))
                .contains(UploadRules.Refusal.UNREADABLE_PDF);
        assertThat(RULES.refusal(("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes()))
                .as("no page").contains(UploadRules.Refusal.UNREADABLE_PDF);
        assertThat(RULES.refusal("<html></html>".getBytes())).contains(UploadRules.Refusal.TYPE);
    }

    @Test
    void aLongNameKeepsItsBeginningAndItsExtension() {
        String long2000 = "Surat permohonan ".repeat(118) + "akhir.html";
        String safe = UploadRules.safeName(long2000, "application/pdf");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(120);
        assertThat(safe).startsWith("Surat permohonan").endsWith(".pdf");
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        String name = "😀".repeat(130) + ".pdf";
        String safe = UploadRules.safeName(name, "application/pdf");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(120);
        assertThat(safe).endsWith("😀.pdf").startsWith("😀");
    }
}
