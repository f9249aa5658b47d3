package id.konsultasi.bench;

import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import ch.qos.logback.classic.Level;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.TestMail;
import org.awaitility.core.ConditionTimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The benchmark: run it with {@code bench/run.sh} (docs/benchmark.md says how). It starts the application jar as
 * production would ({@code java -Xmx512m -jar}, templates cached) with the profiles {@code demo} (both demo
 * offices) and {@code bench} (every response counts its SQL statements), on a PostgreSQL of its own (embedded,
 * or {@code TEST_DATABASE_URL}); fills one office with 1 000, then 100 000, then 1 000 000 requests
 * ({@link GeneratedRequests#fill}); and measures each page with {@code wrk} at 1 and 16 connections, in rounds
 * that interleave the pages with the static ceiling ({@code /css/app.css}), reporting medians. It prints the
 * table and writes it to {@code bench/results/<date>-<host>.md}.
 */
public final class BenchmarkRun {

    static final Path WORK = Path.of("target", "bench");
    static final String STATEMENTS = StatementCountFilter.HEADER;
    static final String BOUNDARY = "----KonsultasiBenchmark7MA4YWxkTrZu0gW";

    private final Settings settings;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> dataRows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder profiles = new StringBuilder();
    private final Instant started = Instant.now();
    private JdbcTemplate jdbc;
    private Application application;
    private GeneratedRequests.BenchOffice office;
    private String staticPath;
    private String trackingPath;
    private byte[] submissionFields;
    private Path visitors;

    BenchmarkRun(Settings settings) {
        this.settings = settings;
        this.base = "http://127.0.0.1:" + settings.port();
    }

    public static void main(String[] args) throws Exception {
        // the embedded PostgreSQL's and the libraries' own logging would drown the progress
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        new BenchmarkRun(Settings.fromEnvironment()).run();
        System.exit(0);
    }

    /** How the run is set up: environment variables of {@code bench/run.sh}, with these defaults. */
    record Settings(boolean quick, List<Integer> sizes, int rounds, int seconds, int warmupSeconds,
                    List<Integer> connections, int port, String office, String head, String password,
                    int visitors, String javaOptions, boolean allPages, String profile) {

        static Settings fromEnvironment() {
            boolean quick = Stream.of("1", "true", "yes").anyMatch(v -> v.equalsIgnoreCase(env("QUICK", "0")));
            String office = env("OFFICE", "buton");
            return new Settings(quick, ints(env("SIZES", quick ? "1000,100000" : "1000,100000,1000000")),
                    Integer.parseInt(env("ROUNDS", quick ? "1" : "3")), Integer.parseInt(env("DURATION", quick ? "3" : "5")),
                    Integer.parseInt(env("WARMUP", quick ? "1" : "3")), ints(env("CONNECTIONS", "1,16")),
                    Integer.parseInt(env("PORT", "18080")), office, env("HEAD", "kadis." + office),
                    env("HEAD_PASSWORD", "konsultasi-demo"), Integer.parseInt(env("VISITORS", "50")),
                    env("APP_JAVA_OPTS", "-Xmx512m"), "1".equals(env("ALL_PAGES", "0")), env("PROFILE", ""));
        }

        private static List<Integer> ints(String list) {
            return Arrays.stream(list.split(",")).map(String::trim).map(s -> s.replace("_", "")).map(Integer::valueOf)
                    .toList();
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // --- the run ---------------------------------------------------------------------------------------------

    void run() throws Exception {
        Files.createDirectories(WORK);
        String loadBefore = Machine.loadAverage();
        log("load average before the run: " + loadBefore);
        String wrk = Wrk.version();
        Path jar = jar();
        try (Database database = Database.start(WORK.resolve("postgres"))) {
            try {
                jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(),
                        database.password()));
                application = Application.start(jar, settings, database, TestMail.port(), WORK.resolve("app.log"));
                log("application ready in " + seconds(application.startup()) + " s");
                // the mail the demo data queued (with its PDFs) is sent before anything is measured
                untilQuiet(Instant.EPOCH);
                office = GeneratedRequests.existing(jdbc, settings.office(), settings.head(), null);
                staticPath = stylesheet();
                int filled = 0;
                for (int i = 0; i < settings.sizes().size(); i++) {
                    int size = settings.sizes().get(i);
                    Duration fill = fill(filled, size);
                    filled = size;
                    measure(size, i == 0 || settings.allPages());
                    dataRows.add(dataRow(size, fill));
                }
                String loadAfter = Machine.loadAverage();
                String report = report(database, wrk, jar, loadBefore, loadAfter);
                Path file = resultFile();
                Files.createDirectories(file.getParent());
                Files.writeString(file, report);
                System.out.println();
                System.out.println(report);
                log("written to " + file);
            } finally {
                // before the database stops
                if (application != null) {
                    application.close();
                }
            }
        }
    }

    private Path jar() throws IOException {
        String named = System.getenv("JAR");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("layanan-konsultasi-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no application jar in target/: build it first "
                            + "(bench/run.sh does, unless SKIP_BUILD=1)"));
        }
    }

    /** The application's stylesheet as the home page links it (its name may carry a version). */
    private String stylesheet() throws Exception {
        String named = System.getenv("STATIC");
        if (named != null && !named.isBlank()) {
            return named;
        }
        Document home = Jsoup.parse(get("/", null, Map.of()).body());
        return home.select("link[rel=stylesheet][href]").stream().map(link -> link.attr("href"))
                .filter(href -> href.contains("app") && href.contains(".css")).map(href -> URI.create(href).getPath())
                .findFirst().orElse("/css/app.css");
    }

    private Duration fill(int from, int to) {
        long start = System.nanoTime();
        int chunk = 100_000;
        for (int first = from + 1; first <= to; first += chunk) {
            int last = Math.min(to, first + chunk - 1);
            // the application runs apart, on this machine's clock, as the database does
            GeneratedRequests.fill(jdbc, office, first, last,
                    jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant());
            log("filled " + number(last) + " of " + number(to) + " requests");
        }
        GeneratedRequests.analyze(jdbc);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log(number(to) + " requests in the office (" + seconds(took) + " s to fill)");
        return took;
    }

    private String dataRow(int size, Duration fill) throws IOException {
        Map<String, Object> counts = jdbc.queryForMap("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE status = 'RECEIVED') AS waiting,
                       count(*) FILTER (WHERE status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED')
                           AND (answer_due_at < now() OR consultation_due_at < now())) AS late
                FROM consultation_request WHERE office_id = ?""", office.officeId());
        long history = jdbc.queryForObject("SELECT count(*) FROM request_history", Long.class);
        return String.format(Locale.ROOT, "| %s | %s s | %s | %s | %s | %s | %s | %s |", number(size), seconds(fill),
                number((Long) counts.get("total")), number((Long) counts.get("waiting")),
                number((Long) counts.get("late")), number(history),
                megabytes(application.memory("VmRSS")), megabytes(application.memory("VmHWM")));
    }

    // --- the pages --------------------------------------------------------------------------------------------

    enum Kind { STATIC, PAGE, SUBMISSION }

    /** What the issue asks of a page, at the highest number of connections. */
    record Goal(String text, double minShare, double maxP99Millis, double minRate) {

        static final Goal NONE = new Goal("", Double.NaN, Double.NaN, Double.NaN);

        static Goal share(double percent) {
            return new Goal("≥ " + (int) percent + " %", percent / 100, Double.NaN, Double.NaN);
        }

        Goal p99(double millis) {
            return new Goal(text + ", p99 ≤ " + (int) millis + " ms", minShare, millis, minRate);
        }

        String met(Summary summary) {
            if (text.isEmpty()) {
                return "";
            }
            boolean met = summary.errors() == 0
                    && (Double.isNaN(minShare) || summary.share() >= minShare)
                    && (Double.isNaN(maxP99Millis) || summary.p99() <= maxP99Millis)
                    && (Double.isNaN(minRate) || summary.rate() >= minRate);
            return met ? "yes" : "no";
        }
    }

    record Page(String label, String path, boolean signedIn, Kind kind, Goal goal) {
    }

    private List<Page> pagesAt(int size, boolean all) {
        String office = "/kantor/" + settings.office();
        String requests = number(size) + " requests";
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(all && size == settings.sizes().get(0) ? "static ceiling `" + staticPath + "`"
                : "static ceiling, " + requests, staticPath, false, Kind.STATIC, Goal.NONE));
        if (all) {
            String suffix = size == settings.sizes().get(0) ? "" : ", " + requests;
            pages.add(new Page("static file with a session cookie" + suffix, staticPath, true, Kind.STATIC,
                    Goal.share(90)));
            pages.add(new Page("home `/`" + suffix, "/", false, Kind.PAGE, Goal.share(25)));
            pages.add(new Page("office page `" + office + "`" + suffix, office, false, Kind.PAGE, Goal.share(20)));
            pages.add(new Page("request form `" + office + "/ajukan`" + suffix, office + "/ajukan", false, Kind.PAGE,
                    Goal.share(15)));
        }
        // the pages that read the office's requests are measured at every size: a million must cost no more
        pages.add(new Page("tracking page `/lacak/<token>`" + (size == settings.sizes().get(0) ? "" : ", " + requests),
                trackingPath, false, Kind.PAGE, Goal.share(15)));
        pages.add(new Page("head's dashboard `/staf/disposisi`, " + requests, "/staf/disposisi", true, Kind.PAGE,
                Goal.share(8).p99(size <= 1_000 ? 100 : 150)));
        // the head's work inbox, the staff home: every kind of work counted, as the badges of every staff page are
        pages.add(new Page("head's work inbox `/staf`, " + requests, "/staf", true, Kind.PAGE,
                Goal.share(8).p99(size <= 1_000 ? 100 : 150)));
        if (all) {
            pages.add(new Page("submit a request with a 200 KB scan" + (size == settings.sizes().get(0) ? ""
                    : ", " + requests), office + "/ajukan", false, Kind.SUBMISSION,
                    new Goal("≥ 100 req/s, 0 errors", Double.NaN, Double.NaN, 100)));
        }
        return pages;
    }

    private void measure(int size, boolean all) throws Exception {
        String cookie = signIn();
        visitors = null;
        if (trackingPath == null) {
            trackingPath = "/lacak/" + GeneratedRequests.trackingToken(office.officeId(), jdbc.queryForObject("""
                    SELECT receipt_number FROM consultation_request
                    WHERE office_id = ? AND status = 'SCHEDULED' AND receipt_number LIKE '%/G%' ORDER BY id LIMIT 1""",
                    String.class, office.officeId()));
        }
        List<Page> pages = pagesAt(size, all);
        for (Page page : pages) {
            Row row = rows.computeIfAbsent(page.label(), label -> new Row(page));
            row.statements = page.kind() == Kind.SUBMISSION ? submitOnce() : statements(page, cookie);
        }
        int most = settings.connections().get(settings.connections().size() - 1);
        Profiler profiler = settings.profile().isBlank() ? null : Profiler.of(settings.profile(), application.pid());
        for (Page page : pages) {
            load(page, cookie, most, settings.warmupSeconds());
        }
        for (int round = 1; round <= settings.rounds(); round++) {
            Map<Integer, Double> ceiling = new TreeMap<>();
            for (Page page : pages) {
                for (int connections : settings.connections()) {
                    boolean profiled = profiler != null && round == 1 && connections == most
                            && page.kind() != Kind.STATIC;
                    if (profiled) {
                        profiler.start();
                    }
                    Wrk.Result result = load(page, cookie, connections, settings.seconds());
                    if (profiled) {
                        Path collapsed = WORK.resolve("profile-" + Profiler.slug(page.label()) + ".collapsed");
                        profiler.stop(collapsed);
                        profiles.append(Profiler.summary(page.label() + ", c=" + connections, collapsed,
                                profiler.event(), 15));
                        log("profiled " + page.label() + ": " + collapsed);
                    }
                    if (page.kind() == Kind.STATIC && !page.signedIn()) {
                        ceiling.put(connections, result.requestsPerSecond());
                    }
                    rows.get(page.label()).add(connections, result, ceiling.get(connections));
                    log(String.format(Locale.ROOT, "round %d/%d, %s, %d connections: %s req/s, p99 %s ms, %d errors",
                            round, settings.rounds(), page.label(), connections, rate(result.requestsPerSecond()),
                            millis(result.p99Millis()), result.errors()));
                }
            }
        }
        // still signed in: the dashboard was measured, not the login page it would redirect to
        if (get("/staf/disposisi", cookie, Map.of()).statusCode() != 200) {
            notes.add("The head's session ended during the run with " + number(size) + " requests: the dashboard's "
                    + "figures are those of a redirect.");
        }
    }

    private Wrk.Result load(Page page, String cookie, int connections, int seconds) throws Exception {
        if (page.kind() == Kind.SUBMISSION) {
            return submissions(page, connections, seconds);
        }
        List<String> headers = new ArrayList<>(List.of(
                "Accept: " + (page.kind() == Kind.STATIC ? "text/css,*/*;q=0.1" : "text/html,application/xhtml+xml"),
                "Accept-Encoding: gzip"));
        if (page.signedIn()) {
            headers.add("Cookie: " + cookie);
        }
        return Wrk.run(base + page.path(), connections, seconds, headers, null, List.of());
    }

    // --- submissions --------------------------------------------------------------------------------------

    /**
     * Visitors open the form (once for each size: {@code VISITORS} sessions, each with its CSRF token), then wrk
     * submits it for them ({@code bench/submit.lua}), each time with a new form key, so each time a new request.
     */
    private Wrk.Result submissions(Page page, int connections, int seconds) throws Exception {
        if (visitors == null) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < settings.visitors(); i++) {
                Visitor visitor = openForm(page.path());
                lines.add(visitor.cookie() + "\t" + visitor.token());
            }
            visitors = WORK.resolve("visitors.txt");
            Files.write(visitors, lines);
        }
        Path fields = WORK.resolve("submission-fields.bin");
        Files.write(fields, submissionFields(page.path()));
        Instant start = Instant.now();
        Wrk.Result result = Wrk.run(base + page.path(), connections, seconds, List.of(), Path.of("bench", "submit.lua")
                .toString(), List.of(visitors.toString(), fields.toString(), BOUNDARY,
                String.valueOf(Math.min(connections, 2))));
        Duration quiet = untilQuiet(start);
        if (quiet.toSeconds() >= 2) {
            log("the application finished the submissions' mail and events " + seconds(quiet) + " s after the run");
        }
        return result;
    }

    record Visitor(String cookie, String token) {
    }

    private Visitor openForm(String path) throws Exception {
        HttpResponse<String> form = get(path, null, Map.of());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("the form " + path + " answered " + form.statusCode());
        }
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        String token = Jsoup.parse(form.body()).select("form[action$=/ajukan] input[name=_csrf]").val();
        return new Visitor(cookie, token);
    }

    /** The multipart body after the form key: an applicant, the office's questions, a 200 KB scan. */
    private byte[] submissionFields(String path) throws Exception {
        if (submissionFields == null) {
            Document form = Jsoup.parse(get(path, null, Map.of()).body());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("applicantType", "PERSON");
            fields.put("name", "Pemohon Uji Beban");
            fields.put("nik", "7404 0157 0890 0003");
            fields.put("phone", "0852-5704-8204");
            fields.put("email", "beban@contoh.id");
            fields.put("topic", "Syarat bantuan sosial lansia");
            fields.put("purpose", "Mengetahui syarat dan alur pengajuan bantuan");
            fields.put("preferredMode", "IN_PERSON");
            if (!form.select("input[name=visitDay]").isEmpty()) {
                LocalDate day = LocalDate.now().plusDays(9);
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.plusDays(1);
                }
                fields.put("preferredVisitAt", LocalDateTime.of(day, LocalTime.of(10, 0)).toString());
            }
            fields.put("consent", "true");
            // the send button of the "check your answers" page: the step that registers the request
            fields.put("send", "true");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(part(name, value)));
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"idScan\"; filename=\"ktp.jpg\""
                    + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(scan());
            body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            submissionFields = body.toByteArray();
        }
        return submissionFields;
    }

    private static byte[] part(String name, String value) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A photograph-like JPEG of about 200 KB (noise compresses as badly as a phone's photo of an ID card). */
    static byte[] scan() throws IOException {
        Random random = new Random(42);
        for (int side = 300; ; side += 10) {
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            if (out.size() >= 200 * 1024) {
                return out.toByteArray();
            }
        }
    }

    /** One submission, to count its statements and to check that the form is filled as the office wants it. */
    private int submitOnce() throws Exception {
        String path = "/kantor/" + settings.office() + "/ajukan";
        Visitor visitor = openForm(path);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(part("_csrf", visitor.token()));
        body.writeBytes(part("formKey", UUID.randomUUID().toString()));
        body.writeBytes(submissionFields(path));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", visitor.cookie()).header(STATEMENTS, "count")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || !location.contains("/tanda-terima")) {
            String problems = Jsoup.parse(response.body()).select(".invalid-feedback, .alert").eachText().toString();
            throw new IllegalStateException("a submission of the form " + path + " failed (HTTP "
                    + response.statusCode() + "): " + problems);
        }
        untilQuiet(Instant.now().minusSeconds(5));
        return statements(response);
    }

    /** Waits (at most two minutes) until the mail and events of what was submitted since then are handled. */
    private Duration untilQuiet(Instant since) {
        long start = System.nanoTime();
        java.sql.Timestamp from = java.sql.Timestamp.from(since);
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(() -> jdbc.queryForObject("""
                    SELECT (SELECT count(*) FROM outbox_mail WHERE status = 'PENDING' AND created_at >= ?)
                         + (SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?)""",
                    Long.class, from, from) == 0);
        } catch (ConditionTimeoutException stillBusy) {
            // measured as it is: the time says how long it was waited for
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    /** Signs the head in through the login form, as a browser does; answers the Cookie header of the session. */
    private String signIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/masuk")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = Jsoup.parse(login.body()).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(settings.head(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(settings.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("gagal") || location.contains("/masuk")) {
            throw new IllegalStateException("could not sign in as " + settings.head() + ": " + signedIn.statusCode()
                    + " " + location);
        }
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> get(String path, String cookie, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The statements of one view of the page (the {@code bench} profile counts them). */
    private int statements(Page page, String cookie) throws Exception {
        HttpResponse<String> response = get(page.path(), page.signedIn() ? cookie : null, Map.of(STATEMENTS, "count"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(page.path() + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return statements(response);
    }

    private static int statements(HttpResponse<?> response) {
        return response.headers().firstValue(STATEMENTS).map(Integer::parseInt).orElse(-1);
    }

    // --- the report -------------------------------------------------------------------------------------------

    record Sample(double rate, double share, double p50, double p99, long errors, double kilobytes) {
    }

    record Summary(double rate, double share, double p50, double p99, long errors, double kilobytes) {
    }

    /** A line of the table: a page at a size, its samples per number of connections. */
    static final class Row {

        final Page page;
        int statements = -1;
        final Map<Integer, List<Sample>> samples = new TreeMap<>();

        Row(Page page) {
            this.page = page;
        }

        void add(int connections, Wrk.Result result, Double ceiling) {
            double share = ceiling == null ? Double.NaN : result.requestsPerSecond() / ceiling;
            samples.computeIfAbsent(connections, c -> new ArrayList<>()).add(new Sample(result.requestsPerSecond(),
                    share, result.p50Millis(), result.p99Millis(), result.errors(), result.kilobytesPerResponse()));
        }

        /** Medians over the rounds; errors added up. */
        Summary summary(int connections) {
            List<Sample> all = samples.getOrDefault(connections, List.of());
            return new Summary(median(all.stream().mapToDouble(Sample::rate)), median(all.stream().mapToDouble(Sample::share)),
                    median(all.stream().mapToDouble(Sample::p50)), median(all.stream().mapToDouble(Sample::p99)),
                    all.stream().mapToLong(Sample::errors).sum(), median(all.stream().mapToDouble(Sample::kilobytes)));
        }
    }

    static double median(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private String report(Database database, String wrk, Path jar, String loadBefore, String loadAfter)
            throws IOException {
        List<Integer> connections = settings.connections();
        int most = connections.get(connections.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark of ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(
                LocalDateTime.now())).append(" on ").append(Machine.host()).append(settings.quick() ? " (QUICK)" : "")
                .append("\n\n");
        out.append("- Code: ").append(Machine.commit()).append(", `").append(jar.getFileName()).append("`\n");
        out.append("- Machine: ").append(Machine.description()).append("\n");
        out.append("- Load average before the run: ").append(loadBefore).append("; after: ").append(loadAfter)
                .append(" (other processes on the machine share its cores)\n");
        out.append("- Application: `java ").append(settings.javaOptions()).append(" -jar`, profiles `demo,bench`, ")
                .append("PostgreSQL ").append(database.version()).append(" (").append(database.kind()).append(")\n");
        out.append("- Load: ").append(wrk).append(", ").append(settings.rounds()).append(" interleaved round")
                .append(settings.rounds() == 1 ? "" : "s").append(" of ").append(settings.seconds())
                .append(" s per page and number of connections (medians shown), after ").append(settings.warmupSeconds())
                .append(" s of warm-up per page; share = req/s of the page / req/s of the static file `")
                .append(staticPath).append("` in the same round\n");
        out.append("- Start-up: ").append(seconds(application.startup())).append(" s from launch to readiness (200 on ")
                .append("`/actuator/health/readiness`)").append(application.reported()).append("\n\n");

        out.append("| page | SQL |");
        for (int c : connections) {
            out.append(" c=").append(c).append(" req/s | share | p50 ms | p99 ms |");
        }
        out.append(" KB | errors | goal (c=").append(most).append(") | met |\n|---|---:|");
        out.append("---:|---:|---:|---:|".repeat(connections.size())).append("---:|---:|---|---|\n");
        for (Row row : rows.values()) {
            out.append("| ").append(row.page.label()).append(" | ").append(row.statements < 0 ? "?" : row.statements)
                    .append(" |");
            long errors = 0;
            for (int c : connections) {
                Summary s = row.summary(c);
                errors += s.errors();
                out.append(' ').append(rate(s.rate())).append(" | ").append(percent(s.share())).append(" | ")
                        .append(millis(s.p50())).append(" | ").append(millis(s.p99())).append(" |");
            }
            Summary top = row.summary(most);
            out.append(' ').append(String.format(Locale.ROOT, "%.1f", top.kilobytes())).append(" | ").append(errors)
                    .append(" | ").append(row.page.goal().text()).append(" | ").append(row.page.goal().met(top))
                    .append(" |\n");
        }
        out.append("""

                SQL: statements of one view (of one submission), counted by the application (profile `bench`) at the \
                JDBC connection: Hibernate, JdbcTemplate and Spring Session alike. KB: size of a response as sent \
                (`Accept-Encoding: gzip`), at c=%d. Errors: responses other than 2xx/3xx and socket errors (for \
                submissions: any answer but the redirect to the receipt), all rounds and connections.

                | requests in the office | filled in | office's requests | waiting for the head | late | history entries (all offices) | RSS after | peak RSS |
                |---:|---:|---:|---:|---:|---:|---:|---:|
                """.formatted(most));
        dataRows.forEach(row -> out.append(row).append('\n'));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        if (!profiles.isEmpty()) {
            out.append("\n## Where the time goes\n\nasync-profiler (`PROFILE=").append(settings.profile())
                    .append("`) during round 1 at c=").append(most).append(", summed by layer (the deepest layer ")
                    .append("a stack passes: a statement Hibernate runs counts as PostgreSQL JDBC) and by method ")
                    .append("(self time); collapsed stacks in `target/bench/`. Profiled rounds run slower.\n\n")
                    .append(profiles);
        }
        out.append("\nThe whole run took ").append(Duration.between(started, Instant.now()).toMinutes())
                .append(" min.\n");
        return out.toString();
    }

    private Path resultFile() {
        String name = LocalDate.now() + "-" + Machine.host() + (settings.quick() ? "-quick" : "");
        Path file = Path.of("bench", "results", name + ".md");
        for (int i = 2; Files.exists(file); i++) {
            file = Path.of("bench", "results", name + "-" + i + ".md");
        }
        return file;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    static String megabytes(long kilobytes) {
        return kilobytes < 0 ? "?" : String.format(Locale.ROOT, "%d MB", Math.round(kilobytes / 1024.0));
    }

    static String rate(double value) {
        return Double.isNaN(value) ? "" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "" : share >= 0.1 ? String.format(Locale.ROOT, "%.1f %%", share * 100)
                : String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "–" : value >= 10 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private void log(String message) {
        Duration since = Duration.between(started, Instant.now());
        System.out.printf(Locale.ROOT, "[%02d:%02d] %s%n", since.toMinutes(), since.toSecondsPart(), message);
    }
}
