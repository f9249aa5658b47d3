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
        assertThat(FileTypes.safeName("../../etc/passwd", "application/pdf")).isEqualTo("passwd");
        assertThat(FileTypes.safeName("ktp\u202Efdp.exe", "application/pdf")).as("a right-to-left override")
                .isEqualTo("ktp_fdp.exe");
        assertThat(FileTypes.safeName("a\tb\r\nc\u2028d.pdf", "application/pdf")).isEqualTo("a_b__c_d.pdf");
        assertThat(FileTypes.safeName("tanya?<ya>:\"tidak\"|*.pdf", "application/pdf")).isEqualTo("tanya__ya___tidak___.pdf");
        assertThat(FileTypes.safeName(".htaccess", "image/png")).isEqualTo("berkas.png");
        assertThat(FileTypes.safeName("  ", "application/pdf")).isEqualTo("berkas.pdf");
        assertThat(FileTypes.safeName(null, "image/jpeg")).isEqualTo("berkas.jpg");
    }

    @Test
    void aLongNameKeepsItsEndWithoutSplittingACharacter() {
        String name = "😀".repeat(130) + ".pdf";
        String safe = FileTypes.safeName(name, "application/pdf");
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(120);
        assertThat(safe).endsWith("😀.pdf").startsWith("😀");
    }
}
