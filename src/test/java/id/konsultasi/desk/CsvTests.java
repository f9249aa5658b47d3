package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import id.konsultasi.support.Spreadsheets;
import org.junit.jupiter.api.Test;

/** The CSV a spreadsheet opens: byte-order mark, ';', quoting, and no formula from a typed value. */
class CsvTests {

    @Test
    void cellsWithSeparatorsQuotesAndLineBreaksComeBackWhole() {
        byte[] bytes = new Csv().row(List.of("Nama", "Keperluan"))
                .row(List.of("Wa Ode; Nurhaya", "Bertanya \"bansos\"\nlalu pulang"))
                .row(Arrays.asList("La Ode", null)).bytes();
        assertThat(Spreadsheets.csv(bytes)).containsExactly(
                List.of("Nama", "Keperluan"),
                List.of("Wa Ode; Nurhaya", "Bertanya \"bansos\"\nlalu pulang"),
                List.of("La Ode", ""));
    }

    @Test
    void aValueThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+62812")).isEqualTo("'+62812");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("Budi")).isEqualTo("Budi");
    }

    @Test
    void phonesAreWrittenAsPeopleWriteThemSoThatTheLeadingZeroStays() {
        assertThat(DeskFormat.nationalPhone("+6281234567890")).isEqualTo("0812 3456 7890");
        assertThat(DeskFormat.nationalPhone("+62717439080")).isEqualTo("0717 4390 80");
    }
}
