package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The benchmark of the head's dashboard (not part of the test suite: its name is no {@code *Tests}).
 * Run it with {@code bench/dashboard.sh}: it fills an office of its own with {@code benchmark.rows}
 * requests (default 100 000), signs the head in over real HTTP (session in PostgreSQL, as in
 * production) and measures each page sequentially and then with {@code benchmark.concurrency}
 * clients at once. Writes {@code target/benchmark/dashboard.md}.
 */
@IntegrationTest
class DashboardBenchmark {

    static final List<String> PAGES = List.of("/staf/disposisi", "/staf/disposisi?lihat=LATE",
            "/staf/disposisi?lihat=OPEN&hal=10", "/staf/disposisi?q=Lembaga%20Uji%2017&lihat=OPEN");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficeAdministration officeAdministration;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    UserAdministration userAdministration;

    static int setting(String name, int fallback) {
        return Integer.parseInt(System.getProperty("benchmark." + name, String.valueOf(fallback)));
    }

    @Test
    void measureTheDashboard() throws Exception {
        int rows = setting("rows", 100_000);
        int requests = setting("requests", 200);
        int concurrency = setting("concurrency", 4);
        GeneratedRequests.BenchOffice office = GeneratedRequests.createOffice(officeAdministration, offices, directory,
                userAdministration);
        long insertStart = System.nanoTime();
        GeneratedRequests.insert(jdbc, office, 1, rows);
        long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(client, office.head());

        StringBuilder report = new StringBuilder();
        report.append("Head's dashboard, ").append(String.format(Locale.ROOT, "%,d", rows))
                .append(" requests in the office (inserted in ").append(insertMillis).append(" ms), ")
                .append(requests).append(" sequential requests per page, then ").append(concurrency)
                .append(" clients at once; ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs.\n\n")
                .append("| page | statements | median ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        for (String page : PAGES) {
            for (int i = 0; i < 10; i++) {
                fetch(client, page); // warm up
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                fetch(client, page);
                times.add((System.nanoTime() - start) / 1_000);
            }
            Collections.sort(times);
            report.append("| `").append(page).append("` | ").append(statements(page, office.head())).append(" | ")
                    .append(ms(percentile(times, 50))).append(" | ").append(ms(percentile(times, 95))).append(" | ")
                    .append(ms(times.get(times.size() - 1))).append(" |\n");
        }

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < requests / concurrency; i++) {
                    long t = System.nanoTime();
                    fetch(client, PAGES.get(0));
                    times.add((System.nanoTime() - t) / 1_000);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        report.append("\n").append(concurrency).append(" clients at once on `").append(PAGES.get(0)).append("`: ")
                .append(String.format(Locale.ROOT, "%.1f", all.size() / seconds)).append(" pages/s, median ")
                .append(ms(percentile(all, 50))).append(" ms, p95 ").append(ms(percentile(all, 95))).append(" ms.\n");

        Path out = Path.of("target", "benchmark", "dashboard.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("\n" + report);
    }

    void signIn(HttpClient client, String username) throws Exception {
        String page = fetch(client, "/masuk");
        String token = Jsoup.parse(page).select("input[name=_csrf]").val();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=rahasia-sekali-123"
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/masuk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/staf");
    }

    String fetch(HttpClient client, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    int statements(String page, String who) {
        var signedIn = Staff.as(users, who);
        return QueryCounter.statementsOf(() -> {
            try {
                mvc.perform(get(URI.create(page)).with(signedIn));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).size();
    }

    static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
