package id.konsultasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Where the application's time goes while a page is under load: async-profiler (its library named by
 * {@code PROFILER_LIBRARY}; {@code bench/run.sh} fetches it from Maven Central when {@code PROFILE} is set) is
 * loaded into the application's JVM with {@code jcmd} for the measurement of a page at the highest number of
 * connections, and its samples are summed up by layer (what the request threads do, inclusive) and by method
 * (where the CPU is, exclusive).
 * <p>
 * {@code PROFILE=cpu} samples the CPU ({@code itimer}: all threads, GC and the compiler included);
 * {@code PROFILE=wall} samples the request threads whatever they do, waiting included (for the database, a lock,
 * a connection from the pool).
 */
final class Profiler {

    /** What a stack is doing, judged by the first frame (from the thread's root) of these packages. */
    static final Map<String, String> LAYERS = layers();

    private final Path library;
    private final String event;
    private final long pid;

    Profiler(Path library, String event, long pid) {
        this.library = library.toAbsolutePath();
        this.event = event;
        this.pid = pid;
    }

    static Profiler of(String event, long pid) {
        String library = BenchmarkRun.env("PROFILER_LIBRARY", "target/bench/async-profiler/libasyncProfiler.so");
        if (!Files.exists(Path.of(library))) {
            throw new IllegalStateException("PROFILE is set but there is no async-profiler library at " + library
                    + " (bench/run.sh fetches it)");
        }
        if (!event.equals("cpu") && !event.equals("wall")) {
            throw new IllegalStateException("PROFILE is cpu or wall, not " + event);
        }
        return new Profiler(Path.of(library), event, pid);
    }

    String event() {
        return event;
    }

    void start() throws IOException, InterruptedException {
        // itimer needs no perf_events (which a virtual machine often does not allow); wall samples only the
        // request threads, waiting or not
        jcmd(event.equals("cpu") ? "start,event=itimer,interval=1ms"
                : "start,event=wall,interval=2ms,threads");
    }

    /** Stops the profiler and writes its samples, collapsed (one line per distinct stack with its count). */
    void stop(Path collapsed) throws IOException, InterruptedException {
        Files.deleteIfExists(collapsed);
        jcmd("stop,collapsed,file=" + collapsed.toAbsolutePath());
    }

    private void jcmd(String options) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        // jcmd reads an argument with '=' as a named one: the agent's options go in quotes to reach it whole
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "JVMTI.agent_load",
                library.toString(), '"' + options + '"').redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.contains("return code: 0")
                || output.contains("[ERROR]")) {
            throw new IllegalStateException("jcmd " + options + " failed: " + output);
        }
    }

    /** The summary of a collapsed profile: its layers and its hottest methods, as Markdown. */
    static String summary(String title, Path collapsed, String event, int methods) throws IOException {
        Map<String, Long> layers = new LinkedHashMap<>();
        Map<String, Long> self = new HashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(collapsed)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            if (event.equals("wall") && (!isRequestThread(frames[0]) || line.contains("TaskQueue.take")
                    || line.contains("TaskQueue.poll"))) {
                // wall: only the request threads while they serve a request, not while they wait for one
                continue;
            }
            total += count;
            layers.merge(layer(frames), count, Long::sum);
            self.merge(frames[frames.length - 1], count, Long::sum);
        }
        StringBuilder out = new StringBuilder("### ").append(title).append(" (").append(event).append(", ")
                .append(total).append(" samples)\n\n| layer | share |\n|---|---:|\n");
        long all = Math.max(total, 1);
        layers.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append("| ").append(e.getKey()).append(" | ").append(share(e.getValue(), all))
                        .append(" |\n"));
        out.append("\n| hottest frames (self) | share |\n|---|---:|\n");
        self.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(methods)
                .forEach(e -> out.append("| `").append(e.getKey().replace("|", "\\|")).append("` | ")
                        .append(share(e.getValue(), all)).append(" |\n"));
        return out.append('\n').toString();
    }

    private static boolean isRequestThread(String root) {
        return root.startsWith("[http-nio") || root.startsWith("[tomcat-handler") || root.contains("exec-");
    }

    /**
     * The layer of a stack: the deepest (nearest the leaf) of the layers it passes that is in {@link #LAYERS},
     * so that a JDBC call made by Hibernate counts as JDBC, and Hibernate's own work as Hibernate.
     */
    static String layer(String[] frames) {
        boolean java = false;
        String found = null;
        for (String frame : frames) {
            java = java || JAVA_FRAME.matcher(frame).lookingAt();
            String layer = layerOf(frame);
            if (layer != null) {
                found = layer;
            }
        }
        return !java ? "JVM (GC, compiler, VM)" : found == null ? "other Java" : found;
    }

    /** A Java method as async-profiler writes it ({@code java/lang/Thread.run}), not a thread's name or native code. */
    private static final Pattern JAVA_FRAME =
            Pattern.compile("[A-Za-z_$][\\w$]*(/[\\w$]+)+\\.[\\w$<>]+");

    private static String layerOf(String frame) {
        String name = frame.replace('/', '.');
        String best = null;
        int length = -1;
        for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
            if (name.startsWith(layer.getKey()) && layer.getKey().length() > length) {
                best = layer.getValue();
                length = layer.getKey().length();
            }
        }
        return best;
    }

    private static Map<String, String> layers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("org.apache.tomcat", "Tomcat, HTTP");
        layers.put("org.apache.coyote", "Tomcat, HTTP");
        layers.put("org.apache.catalina", "Tomcat, HTTP");
        layers.put("java.util.zip", "compression (gzip)");
        layers.put("org.springframework.web", "Spring MVC");
        layers.put("org.springframework.security", "Spring Security");
        layers.put("org.springframework.session", "Spring Session");
        layers.put("org.thymeleaf", "Thymeleaf (templates)");
        layers.put("org.attoparser", "Thymeleaf (templates)");
        layers.put("org.springframework.context.support", "messages");
        layers.put("java.text", "messages");
        layers.put("org.hibernate", "Hibernate");
        layers.put("org.springframework.data", "Spring Data");
        layers.put("org.springframework.orm", "Spring Data");
        layers.put("org.springframework.transaction", "transactions");
        layers.put("com.zaxxer.hikari", "connection pool");
        layers.put("org.postgresql", "PostgreSQL JDBC (incl. waiting for the server)");
        layers.put("org.springframework.jdbc", "Spring JDBC");
        layers.put("ch.qos.logback", "logging");
        layers.put("org.slf4j", "logging");
        layers.put("io.micrometer", "metrics");
        layers.put("id.konsultasi", "the application's own code");
        layers.put("java.security", "cryptography");
        layers.put("javax.crypto", "cryptography");
        layers.put("com.sun.crypto", "cryptography");
        layers.put("sun.security", "cryptography");
        layers.put("org.springframework.aop", "proxies (AOP)");
        layers.put("jdk.internal.misc.Unsafe.park", "waiting (lock or pool)");
        layers.put("java.util.concurrent.locks", "waiting (lock or pool)");
        return layers;
    }

    static String share(long count, long total) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * count / total);
    }

    /** A page's label as a file name. */
    static String slug(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
