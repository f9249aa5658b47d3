package id.konsultasi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the ten slowest test classes of the last run (from Surefire's reports), at the end of {@code ./mvnw verify}
 * (the {@code exec-maven-plugin} runs it in the {@code verify} phase): where to look first when the suite grows slow.
 */
public final class SlowestTests {

    private static final Pattern SUITE = Pattern.compile("<testsuite [^>]*?name=\"([^\"]+)\"[^>]*?time=\"([0-9.,]+)\"");

    private SlowestTests() {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/surefire-reports");
        if (!Files.isDirectory(reports)) {
            return;
        }
        List<Map.Entry<String, Double>> classes;
        try (Stream<Path> files = Files.list(reports)) {
            classes = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .map(SlowestTests::suite).flatMap(Stream::ofNullable)
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).toList();
        }
        if (classes.isEmpty()) {
            return;
        }
        double total = classes.stream().map(Map.Entry::getValue).reduce(0.0, Double::sum);
        System.out.printf(Locale.ROOT, "%nThe 10 slowest of %d test classes (%.0f s in all, over the test JVMs):%n",
                classes.size(), total);
        classes.stream().limit(10).forEach(c -> System.out.printf(Locale.ROOT, "%8.1f s  %s%n", c.getValue(),
                c.getKey()));
    }

    /** A report's class and its time, read from the {@code testsuite} element (a short head of the file). */
    static Map.Entry<String, Double> suite(Path report) {
        try {
            String head = Files.readString(report);
            Matcher m = SUITE.matcher(head.length() > 4096 ? head.substring(0, 4096) : head);
            return m.find() ? Map.entry(m.group(1), Double.parseDouble(m.group(2).replace(",", ""))) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
