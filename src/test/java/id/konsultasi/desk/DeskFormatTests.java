package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the desk's books write what a spreadsheet would otherwise change. */
class DeskFormatTests {

    @Test
    void phonesAreWrittenAsPeopleWriteThemSoThatTheLeadingZeroStays() {
        assertThat(DeskFormat.nationalPhone("+6281234567890")).isEqualTo("0812 3456 7890");
        assertThat(DeskFormat.nationalPhone("+62717439080")).isEqualTo("0717 4390 80");
    }
}
