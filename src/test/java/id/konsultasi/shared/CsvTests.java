package id.konsultasi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import id.konsultasi.support.Spreadsheets;
import org.junit.jupiter.api.Test;

/** The CSV a spreadsheet opens: byte-order mark, ';', quoting, decimal commas, and no formula from a typed value. */
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
    void decimalNumbersHaveADecimalCommaAndNumbersAreNeverTakenForFormulas() {
        byte[] bytes = new Csv().row("IKM", new BigDecimal("81.25"), 66.5, 1234567L, new BigDecimal("-0.500"), 3).bytes();
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFIKM;81,25;66,5;1234567;-0,500;3\r\n");
        assertThat(Spreadsheets.csv(bytes)).containsExactly(List.of("IKM", "81,25", "66,5", "1234567", "-0,500", "3"));
        // text that looks like a negative number is still text a spreadsheet must not run
        assertThat(Csv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(Csv.cell(Double.NaN)).isEmpty();
    }
}
