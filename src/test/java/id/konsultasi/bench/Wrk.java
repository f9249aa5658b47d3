package id.konsultasi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the load generator {@code wrk} ({@code --latency}, a timeout long enough that slow pages are
 * measured rather than dropped) and what it printed.
 */
final class Wrk {

    /** What one run measured: requests per second, latency percentiles, errors, the size of a response. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors,
                  double kilobytesPerResponse, String output) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in [\\d.]+\\w+, ([\\d.]+)(\\w+) read");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX_3XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SUBMISSIONS = Pattern.compile("Submissions: ok (\\d+), failed (\\d+)");

    private Wrk() {
    }

    /**
     * Runs wrk against the address: {@code connections} connections on at most two threads, for {@code seconds}.
     * With a script, the script's own count of failures ({@code Submissions: ok N, failed M}) replaces wrk's
     * count of non-2xx/3xx responses.
     */
    static Result run(String url, int connections, int seconds, List<String> headers, String script,
                      List<String> scriptArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "30s"));
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        if (script != null) {
            command.add("-s");
            command.add(script);
        }
        command.add(url);
        if (script != null && !scriptArguments.isEmpty()) {
            command.add("--");
            command.addAll(scriptArguments);
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        return parse(output);
    }

    static Result parse(String output) {
        Matcher rate = RATE.matcher(output);
        Matcher total = TOTAL.matcher(output);
        if (!rate.find() || !total.find()) {
            throw new IllegalStateException("unexpected output of wrk:\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        long requests = Long.parseLong(total.group(1));
        if (requests == 0) {
            // no response within the run: wrk prints latencies of zero
            p50 = Double.NaN;
            p99 = Double.NaN;
        }
        long errors = 0;
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        Matcher submissions = SUBMISSIONS.matcher(output);
        Matcher non2xx = NON_2XX_3XX.matcher(output);
        if (submissions.find()) {
            errors += Long.parseLong(submissions.group(2));
        } else if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        double kilobytes = bytes(Double.parseDouble(total.group(2)), total.group(3)) / 1024 / Math.max(requests, 1);
        return new Result(Double.parseDouble(rate.group(1)), p50, p99, requests, errors, kilobytes, output);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static double bytes(double value, String unit) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "B" -> value;
            case "KB" -> value * 1024;
            case "MB" -> value * 1024 * 1024;
            case "GB" -> value * 1024 * 1024 * 1024;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** The version wrk reports, e.g. {@code wrk 4.1.0}. */
    static String version() {
        try {
            Process wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor();
            return output.lines().findFirst().orElse("wrk").replaceAll("\\s*\\[.*", "").replace(" Copyright", "");
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed (apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }
}
