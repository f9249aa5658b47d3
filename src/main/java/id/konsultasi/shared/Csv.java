package id.konsultasi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import org.springframework.http.MediaType;

/**
 * The one CSV writer and dialect of every export, as an Indonesian spreadsheet opens it: UTF-8 with a
 * byte-order mark (so that Excel reads the names right), {@code ;} between cells (Excel's list separator where
 * the comma is the decimal sign), CRLF between rows, a cell quoted by Apache Commons CSV when it needs it (a
 * separator, a quote, a line break, surrounding spaces). Decimal numbers are written with a decimal comma
 * ({@code 66,67}), whatever the language of the page, and without thousands separators; a cell of text that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) is written with a
 * leading apostrophe.
 */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(SEPARATOR)
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final StringBuilder out = new StringBuilder(BOM);
    private final CSVPrinter printer;

    public Csv() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Csv row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(value(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        String text = value(value);
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder written = new StringBuilder();
        try {
            FORMAT.print(text, written, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written.toString();
    }

    /** The text of a cell before quoting: numbers in the Indonesian style, a would-be formula made text. */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number(number);
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
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
