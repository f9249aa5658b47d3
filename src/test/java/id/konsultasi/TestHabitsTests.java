package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The tests' own habits: time comes from the test clock ({@code support.TestClock}), never from the wall clock,
 * and nothing waits a fixed time (Awaitility waits for what it waits for). The benchmark harness (bench/) measures
 * the production application in real time and is exempt; so is the one place that must match Spring Session's
 * own wall-clock stamp.
 */
class TestHabitsTests {

    static final Path TESTS = Path.of("src/test/java/id/konsultasi");

    /** {@code LocalDate.now()}, {@code Instant.now()}, {@code ZonedDateTime.now(zone)}: the wall clock. */
    static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Instant|YearMonth|Year)"
                    + "\\.now\\(([^)]*)\\)|System\\.currentTimeMillis\\(\\)|new java\\.util\\.Date\\(\\)");
    static final Pattern FIXED_SLEEP = Pattern.compile("Thread\\.sleep\\(|TimeUnit\\.\\w+\\.sleep\\(");

    static final Set<String> EXEMPT = Set.of("support/TestClock.java", "SessionStoreTests.java",
            "TestHabitsTests.java");

    @Test
    void noTestReadsTheWallClockOrSleepsAFixedTime() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = TESTS.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("bench/") || EXEMPT.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher clock = WALL_CLOCK.matcher(lines.get(i));
                    while (clock.find()) {
                        String argument = clock.group(1);
                        if (argument == null || !argument.toLowerCase().contains("clock")) {
                            found.add(name + ":" + (i + 1) + " reads the wall clock: " + lines.get(i).trim());
                        }
                    }
                    if (FIXED_SLEEP.matcher(lines.get(i)).find()) {
                        found.add(name + ":" + (i + 1) + " sleeps a fixed time: " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as("use TestClock.INSTANCE for the time and Awaitility for waiting").isEmpty();
    }

    @Test
    void theCheckFindsTheWallClockAndASleep() {
        assertThat(WALL_CLOCK.matcher("LocalDate day = LocalDate.now(office.zone());").find()).isTrue();
        assertThat(WALL_CLOCK.matcher("Instant t = Instant.now();").find()).isTrue();
        // the sample is assembled, so that this file itself holds no sleep for any scanner to find
        assertThat(FIXED_SLEEP.matcher("Thread" + ".sleep(500);").find()).isTrue();
        assertThat(FIXED_SLEEP.matcher("TimeUnit.SECONDS" + ".sleep(1);").find()).isTrue();
        Matcher withClock = WALL_CLOCK.matcher("LocalDate.now(TestClock.INSTANCE.withZone(zone))");
        assertThat(withClock.find() && !withClock.group(1).toLowerCase().contains("clock")).isFalse();
    }
}
