package id.konsultasi.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Ordered lists edited as text, one item per line. */
public final class Lines {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d{1,3}[.)]|[-*\u2022])\\s+");

    private Lines() {
    }

    /** One item per non-blank line, with any leading "1." or "-" numbering removed. */
    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(line -> NUMBERING.matcher(line).replaceFirst("").trim())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public static String join(List<String> items) {
        return String.join("\n", items);
    }
}
