package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The head's dashboard and the division head's inbox stay fast with 100 000 requests: the statements
 * each page runs are the same with 1 000 and with 100 000 requests in the office (paginated and
 * counted in the database, no query per row), and a page answers in well under a second.
 */
@IntegrationTest
class DashboardQueryCountTests {

    static final List<String> HEAD_PAGES = List.of("/staf/disposisi", "/staf/disposisi?lihat=LATE",
            "/staf/disposisi?lihat=OPEN&hal=3", "/staf/disposisi?q=Pemohon%20Uji&kanal=LETTER",
            "/staf/disposisi?mendesak=true&lihat=OPEN");
    static final List<String> DIVISION_PAGES = List.of("/staf/bidang", "/staf/bidang?lihat=OPEN&hal=2");

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

    record Measured(int statements, long millis, String waiting, List<String> sql) {

        @Override
        public String toString() {
            return statements + " statements, " + millis + " ms";
        }
    }

    Map<String, Measured> measure(GeneratedRequests.BenchOffice office) throws Exception {
        Map<String, Measured> result = new LinkedHashMap<>();
        for (String page : HEAD_PAGES) {
            result.put(page, measure(page, office.head()));
        }
        for (String page : DIVISION_PAGES) {
            result.put(page, measure(page, office.divisionHead()));
        }
        return result;
    }

    Measured measure(String page, String who) throws Exception {
        mvc.perform(get(URI.create(page)).with(Staff.as(users, who))); // warm: templates, plans, caches
        var signedIn = Staff.as(users, who);
        long start = System.nanoTime();
        QueryCounter.Counted<String> counted = QueryCounter.count(() -> {
            try {
                return mvc.perform(get(URI.create(page)).with(signedIn)).andReturn().getResponse()
                        .getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        Document html = Jsoup.parse(counted.result());
        assertThat(html.select("#worklist tbody tr")).as(page + " shows a page of rows").isNotEmpty();
        return new Measured(counted.statements().size(), millis, html.select("#count-waiting").text(),
                counted.statements());
    }

    @Test
    void theQueryCountOfThePagesDoesNotGrowWithTheRequests() throws Exception {
        GeneratedRequests.BenchOffice office = GeneratedRequests.createOffice(officeAdministration, offices, directory,
                userAdministration);
        GeneratedRequests.insert(jdbc, office, 1, 1_000, TestClock.INSTANCE.instant());
        Map<String, Measured> small = measure(office);

        GeneratedRequests.insert(jdbc, office, 1_001, 100_000, TestClock.INSTANCE.instant());
        Map<String, Measured> large = measure(office);

        for (String page : small.keySet()) {
            assertThat(large.get(page).statements()).as("statements of " + page + " with 100 000 requests: "
                            + large.get(page).sql())
                    .isEqualTo(small.get(page).statements());
            assertThat(small.get(page).statements()).as("statements of " + page + ": " + small.get(page).sql())
                    .isLessThanOrEqualTo(13); // the page, the badges of the navigation and the bell
            assertThat(large.get(page).millis()).as("milliseconds of " + page + " with 100 000 requests")
                    .isLessThan(2_000);
        }
        assertThat(small.get("/staf/disposisi").waiting()).isEqualTo("100");
        assertThat(large.get("/staf/disposisi").waiting()).isEqualTo("10000");
        assertThat(large.get("/staf/bidang").waiting()).isEqualTo("5000");
        System.out.println("dashboard statements and milliseconds, 1 000 -> 100 000 requests: " + small + " -> " + large);
        large.get("/staf/bidang").sql().forEach(sql -> System.out.println("  inbox: " + sql));
        large.get("/staf/disposisi").sql().forEach(sql -> System.out.println("  dashboard: " + sql));
    }
}
