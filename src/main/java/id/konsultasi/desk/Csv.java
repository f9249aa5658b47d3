package id.konsultasi.desk;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as spreadsheets open it: UTF-8 with a byte-order mark (so that Excel reads the names right),
 * {@code ;} between cells (Excel's list separator where the comma is the decimal sign, as in Indonesia),
 * CRLF between rows, a cell quoted when it holds a separator, a quote or a line break. A cell that a
 * spreadsheet would run as a formula (starting with = + - @) is written with a leading apostrophe.
 */
final class Csv {

    static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
