package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Opens exports the way a spreadsheet does: a CSV with its quoting, an XLSX workbook with its cells. */
public final class Spreadsheets {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Spreadsheets() {
    }

    /**
     * The rows of a CSV file as Excel opens it: UTF-8 after the byte-order mark (which must be there), cells
     * separated by {@code ;}, a quoted cell may hold separators, line breaks and doubled quotes.
     */
    public static List<List<String>> csv(byte[] content) {
        assertThat(content).as("UTF-8 byte-order mark, so that Excel reads the names right").startsWith(BOM);
        String text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare quote or line break outside a quoted cell at " + i).isNotIn('"', '\n', '\r');
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unterminated quoted cell").isFalse();
        assertThat(cell.length() == 0 && row.isEmpty()).as("the file ends with a line break").isTrue();
        return rows;
    }

    /** The cells of the first sheet of an XLSX workbook, as the text a spreadsheet shows for each. */
    public static List<List<String>> xlsx(byte[] content) {
        return rows(content).stream().map(r -> {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.getCellCount(); i++) {
                cells.add(r.getCellText(i));
            }
            return cells;
        }).toList();
    }

    /** The rows of the first sheet of an XLSX workbook, to read typed cells (dates, numbers). */
    public static List<Row> rows(byte[] content) {
        assertThat(ReadableWorkbook.isOOXMLZipHeader(content)).as("an XLSX (zip) file").isTrue();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
