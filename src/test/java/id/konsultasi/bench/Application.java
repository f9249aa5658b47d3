package id.konsultasi.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

/**
 * The application as production runs it: its jar in a JVM of its own ({@code java -Xmx512m -jar}), templates
 * cached, with the profiles {@code demo} (the demo offices and users) and {@code bench} (statement counts), mail
 * to the benchmark's SMTP server, and a submission limit per address that a benchmark from one address does not
 * reach. Its output goes to {@code target/bench/app.log}.
 */
final class Application implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([\\d.]+) seconds");

    private final Process process;
    private final Path log;
    private final Duration startup;
    private final Thread stopper;

    private Application(Process process, Path log, Duration startup, Thread stopper) {
        this.process = process;
        this.log = log;
        this.startup = startup;
        this.stopper = stopper;
    }

    static Application start(Path jar, BenchmarkRun.Settings settings, Database database, int smtpPort, Path log)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(Arrays.asList(settings.javaOptions().trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + settings.port(),
                "--spring.profiles.active=demo,bench",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--konsultasi.base-url=http://localhost:" + settings.port(),
                "--konsultasi.submissions-per-hour=100000000"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread stopper = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopper);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + settings.port()
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped while starting; see " + log + ":\n"
                            + tail(log));
                }
                try {
                    return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException notReady) {
            process.destroy();
            throw new IllegalStateException("the application was not ready after 5 minutes; see " + log);
        }
        return new Application(process, log, Duration.ofNanos(System.nanoTime() - start), stopper);
    }

    long pid() {
        return process.pid();
    }

    Duration startup() {
        return startup;
    }

    /** What the application says of its own start, e.g. {@code ; the application reports 9.8 s}. */
    String reported() {
        // line by line: after a million requests the log (an access line per request) is larger than this JVM's heap
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(STARTED::matcher).filter(Matcher::find).findFirst()
                    .map(started -> "; Spring Boot reports " + started.group(1) + " s").orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** A line of {@code /proc/<pid>/status} in kB ({@code VmRSS}: resident now, {@code VmHWM}: its peak), or -1. */
    long memory(String field) throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopper);
    }
}
