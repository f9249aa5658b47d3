package id.konsultasi.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * The one CSV dialect of every export, as an Indonesian spreadsheet opens it: UTF-8 with a byte-order mark
 * (so that Excel reads the names right), {@code ;} between cells (Excel's list separator where the comma is
 * the decimal sign), CRLF between rows, a cell quoted when it holds a separator, a quote, a line break or
 * surrounding spaces. Decimal numbers are written with a decimal comma ({@code 66,67}), whatever the
 * language of the page, and without thousands separators; a cell of text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) is written with a leading apostrophe.
 */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written: a number in the Indonesian style, text guarded and quoted where needed. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number(number);
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0 || !text.equals(text.strip());
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** {@code 1234.5} as {@code 1234,5}: the decimals the value has, a decimal comma, no grouping. */
    static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            return "";
        }
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return decimal.toPlainString().replace('.', ',');
    }
}
