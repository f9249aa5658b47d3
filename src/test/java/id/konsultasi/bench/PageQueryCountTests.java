package id.konsultasi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages of the benchmark's table ({@code bench/run.sh}) run the same statements whatever the number of
 * requests in the office: the home page, the office's page, its request form, a tracking page and the head's
 * dashboard, counted ({@link QueryCounter}) with 1 000 and then 100 000 requests as an office has them after years
 * of work ({@link GeneratedRequests#fill}: history, appointments, guest book). The office is public only during
 * this test. {@code DashboardQueryCountTests} counts the dashboard's views and the division inbox the same way.
 */
@IntegrationTest
class PageQueryCountTests {

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

    record Counted(List<String> statements, Document page) {
    }

    Map<String, Counted> countPages(GeneratedRequests.BenchOffice office, String code, String token) {
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("home", get("/"));
        pages.put("office page", get(URI.create("/kantor/" + code)));
        pages.put("request form", get(URI.create("/kantor/" + code + "/ajukan")));
        pages.put("tracking page", get(URI.create("/lacak/" + token)));
        pages.put("head's dashboard", get("/staf/disposisi").with(Staff.as(users, office.head())));
        pages.put("head's work inbox", get("/staf").with(Staff.as(users, office.head())));
        Map<String, Counted> counted = new LinkedHashMap<>();
        pages.forEach((name, request) -> {
            view(request); // warm: templates, plans, caches
            QueryCounter.Counted<Document> page = QueryCounter.count(() -> view(request));
            counted.put(name, new Counted(page.statements(), page.result()));
        });
        return counted;
    }

    /** A new office of the benchmark's kind, open to the public (the test closes it again). */
    GeneratedRequests.BenchOffice openOffice() {
        GeneratedRequests.BenchOffice office = GeneratedRequests.createOffice(officeAdministration, offices, directory,
                userAdministration);
        officeAdministration.setActive(office.officeId(), true);
        return office;
    }

    /** PostgreSQL's generic plan of a statement with {@code ?} parameters. */
    String plan(String sql) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(c);
            }
        }
        int parameters = n;
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                // a prepared statement's generic plan: the one kept for it whatever its parameters are
                statement.execute("SET plan_cache_mode = force_generic_plan");
                statement.execute("PREPARE bench_plan AS " + numbered);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("EXPLAIN EXECUTE bench_plan("
                        + String.join(", ", Collections.nCopies(parameters, "NULL")) + ")")) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("DEALLOCATE bench_plan");
                statement.execute("RESET plan_cache_mode");
                return plan.toString();
            }
        });
    }

    Document view(MockHttpServletRequestBuilder request) {
        try {
            return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The generated office is as of the application's now (the tests' clock), not the database's: they were three weeks
     * apart, and the generated appointments "of the coming days" fell on the days other tests move the clock to, so
     * RemindersTests, after this class in the same JVM, sent reminders for hundreds of them (3 s alone, 23 s after it).
     */
    @Test
    void theGeneratedRequestsAreAsOfTheApplicationsNow() {
        GeneratedRequests.BenchOffice office = openOffice();
        try {
            GeneratedRequests.fill(jdbc, office, 1, 200, TestClock.INSTANCE.instant());
            GeneratedRequests.insert(jdbc, office, 201, 240, TestClock.INSTANCE.instant());
            Instant now = TestClock.INSTANCE.instant();
            Map<String, Object> requests = jdbc.queryForMap("""
                    SELECT min(submitted_at) AS first, max(submitted_at) AS last, max(closed_at) AS closed
                    FROM consultation_request WHERE office_id = ?""", office.officeId());
            assertThat(((Timestamp) requests.get("last")).toInstant()).as("submitted before the application's now")
                    .isBeforeOrEqualTo(now);
            assertThat(((Timestamp) requests.get("closed")).toInstant()).isBeforeOrEqualTo(now);
            assertThat(((Timestamp) requests.get("first")).toInstant()).as("over the three years before")
                    .isAfter(now.minus(Duration.ofDays(4 * 365)));
            Map<String, Object> coming = jdbc.queryForMap("""
                    SELECT min(start_at) AS first, max(start_at) AS last FROM appointment
                    WHERE office_id = ? AND status = 'ACTIVE'""", office.officeId());
            assertThat(((Timestamp) coming.get("first")).toInstant()).as("the appointments to come").isAfter(now);
            assertThat(((Timestamp) coming.get("last")).toInstant()).as("within the next ten days")
                    .isBefore(now.plus(Duration.ofDays(10)));
        } finally {
            officeAdministration.setActive(office.officeId(), false);
        }
    }

    @Test
    void theTrackingPageReadsTheRequestOnceAndTheOfficeFromMemory() {
        GeneratedRequests.BenchOffice office = openOffice();
        String code = jdbc.queryForObject("SELECT code FROM office WHERE id = ?", String.class, office.officeId());
        try {
            GeneratedRequests.fill(jdbc, office, 1, 200, TestClock.INSTANCE.instant());
            String receipt = jdbc.queryForObject("""
                    SELECT r.receipt_number FROM consultation_request r JOIN appointment a ON a.request_id = r.id
                    WHERE r.office_id = ? AND r.status = 'SCHEDULED' ORDER BY r.id LIMIT 1""", String.class,
                    office.officeId());
            String token = GeneratedRequests.trackingToken(office.officeId(), receipt);

            Counted tracking = countPages(office, code, token).get("tracking page");

            assertThat(tracking.page().text()).contains(receipt);
            assertThat(tracking.page().select("#h-appointment")).as("the appointment is shown")
                    .isNotEmpty();
            List<String> statements = tracking.statements().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            assertThat(statements).as("the request is read once, with its history, for the whole page")
                    .filteredOn(s -> s.matches("(?s).*\\bfrom consultation_request\\b.*")).hasSize(1);
            assertThat(statements).as("the office comes from memory, as on every public page")
                    .noneMatch(s -> s.matches("(?s).*\\bfrom office\\b.*"));
            assertThat(statements).as("a request that is not closed has no result to look for")
                    .noneMatch(s -> s.contains("consultation_record"));
        } finally {
            officeAdministration.setActive(office.officeId(), false);
        }
    }

    @Test
    void thePagesOfTheBenchmarkRunTheSameStatementsWithAHundredTimesMoreRequests() {
        GeneratedRequests.BenchOffice office = openOffice();
        String code = jdbc.queryForObject("SELECT code FROM office WHERE id = ?", String.class, office.officeId());
        try {
            GeneratedRequests.fill(jdbc, office, 1, 1_000, TestClock.INSTANCE.instant());
            GeneratedRequests.analyze(jdbc);
            Map<String, Object> tracked = jdbc.queryForMap("""
                    SELECT receipt_number FROM consultation_request
                    WHERE office_id = ? AND status = 'SCHEDULED' ORDER BY id LIMIT 1""", office.officeId());
            String token = GeneratedRequests.trackingToken(office.officeId(), (String) tracked.get("receipt_number"));
            Map<String, Counted> small = countPages(office, code, token);

            GeneratedRequests.fill(jdbc, office, 1_001, 100_000, TestClock.INSTANCE.instant());
            GeneratedRequests.analyze(jdbc);
            Map<String, Counted> large = countPages(office, code, token);

            String name = "Dinas Sosial Uji Kinerja " + code.substring("uji-".length());
            assertThat(large.get("home").page().text()).contains(name);
            assertThat(large.get("office page").page().select("h1").text()).contains(name);
            assertThat(large.get("request form").page().select("form input[name=formKey]")).isNotEmpty();
            assertThat(large.get("tracking page").page().text()).contains((String) tracked.get("receipt_number"));
            assertThat(large.get("head's dashboard").page().select("#count-waiting").text()).isEqualTo("1000");
            assertThat(large.get("head's work inbox").page().select("#inbox-DECISIONS .inbox-count").text())
                    .isEqualTo("1000");
            for (String page : small.keySet()) {
                assertThat(large.get(page).statements()).as("statements of the " + page + " with 100 000 requests, "
                                + "against those with 1 000: " + small.get(page).statements())
                        .hasSameSizeAs(small.get(page).statements());
            }
            // and none of them reads a table of the office's requests from end to end: each statement's generic plan
            // (the one PostgreSQL keeps for a prepared statement) finds its rows by an index
            for (String page : List.of("tracking page", "head's dashboard", "head's work inbox")) {
                for (String sql : large.get(page).statements()) {
                    String plan = plan(sql);
                    Matcher scan = Pattern.compile("Seq Scan on (\\w+)").matcher(plan);
                    while (scan.find()) {
                        // a small table (an office's divisions, the few assignees the generated requests have) is
                        // read whole; a table of 10 000 rows and more never is
                        assertThat(jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = ?",
                                Double.class, scan.group(1))).as(page + " scans " + scan.group(1) + ":\n" + plan)
                                .isLessThan(10_000);
                    }
                }
            }
            System.out.println("statements of the benchmark's pages with 100 000 requests: " + large.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().statements().size()).toList());
        } finally {
            officeAdministration.setActive(office.officeId(), false);
        }
    }
}
