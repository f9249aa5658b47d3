package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names are kept as the user chose them, minus what could hide, misplace or break something. */
class FileTypesTests {

    @Test
    void aNameKeepsItsAccentsQuotesDashesAndEmoji() {
        assertThat(FileTypes.safeName("Surat José’s “bantuan” — Ñ 😀 (2).pdf", "application/pdf"))
                .isEqualTo("Surat José’s “bantuan” — Ñ 😀 (2).pdf");
        assertThat(FileTypes.safeName("ktp-wa_ode.jpg", "image/jpeg")).isEqualTo("ktp-wa_ode.jpg");
    }

    @Test
    void aNameLosesItsPathControlAndInvisibleCharactersAndWhatWindowsRefuses() {
        assertThat(FileTypes.safeName("C:\\fakepath\\ktp.pdf", "application/pdf")).isEqualTo("ktp.pdf");
        assertThat(FileTypes.safeName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
        assertThat(FileTypes.safeName("ktp\u202Efdp.exe", "application/pdf")).as("a right-to-left override")
                .isEqualTo("ktp_fdp.pdf");
        assertThat(FileTypes.safeName("a\tb\r\nc\u2028d.pdf", "application/pdf")).isEqualTo("a_b__c_d.pdf");
        assertThat(FileTypes.safeName("tanya?<ya>:\"tidak\"|*.pdf", "application/pdf")).isEqualTo("tanya__ya___tidak___.pdf");
        assertThat(FileTypes.safeName(".htaccess", "image/png")).isEqualTo("berkas.png");
        assertThat(FileTypes.safeName("  ", "application/pdf")).isEqualTo("berkas.pdf");
        assertThat(FileTypes.safeName(null, "image/jpeg")).isEqualTo("berkas.jpg");
    }

    @Test
    void aNameGetsTheExtensionOfWhatTheFileIs() {
        assertThat(FileTypes.safeName("ktp.html", "image/png")).isEqualTo("ktp.png");
        assertThat(FileTypes.safeName("surat.PDF.svg", "application/pdf")).isEqualTo("surat.PDF.pdf");
        assertThat(FileTypes.safeName("pindaian", "image/jpeg")).isEqualTo("pindaian.jpg");
        assertThat(FileTypes.safeName("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
        assertThat(FileTypes.safeName("KTP.Png", "image/png")).isEqualTo("KTP.Png");
    }

    @Test
    void aPdfMustOpenAndHaveAPage() {
        assertThat(FileTypes.refusal(id.konsultasi.support.TestFiles.pdf())).isEmpty();
        assertThat(FileTypes.refusal(id.konsultasi.support.TestFiles.png())).isEmpty();
        assertThat(FileTypes.refusal("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>".getBytes()))
                .contains(FileTypes.Refusal.UNREADABLE_PDF);
        assertThat(FileTypes.refusal(("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes()))
                .as("no page").contains(FileTypes.Refusal.UNREADABLE_PDF);
        assertThat(FileTypes.refusal("<html></html>".getBytes())).contains(FileTypes.Refusal.TYPE);
    }

    @Test
    void aLongNameKeepsItsBeginningAndItsExtension() {
        String long2000 = "Surat permohonan ".repeat(118) + "akhir.html";
        String safe = FileTypes.safeName(long2000, "application/pdf");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(120);
        assertThat(safe).startsWith("Surat permohonan").endsWith(".pdf");
    }

    @Test
    void aLongNameIsCutWithoutSplittingACharacter() {
        String name = "😀".repeat(130) + ".pdf";
        String safe = FileTypes.safeName(name, "application/pdf");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(120);
        assertThat(safe).endsWith("😀.pdf").startsWith("😀");
    }
}
