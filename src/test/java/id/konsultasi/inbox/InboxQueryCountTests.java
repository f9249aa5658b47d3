package id.konsultasi.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work inbox and the navigation's badges cost the same statements with 1 000 and with 20 000 requests in the
 * office, for every role that has one: each kind is counted by one statement in the database, never row by row, and
 * the page and its badges count once.
 */
@IntegrationTest
class InboxQueryCountTests {

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

    record Measured(List<String> statements, Document page) {
    }

    String user(GeneratedRequests.BenchOffice office, Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".uji";
        userAdministration.create(TestStaff.SYSTEM, office.officeId(), name, "rahasia-sekali-123",
                new id.konsultasi.account.StaffUser.Profile("Uji " + name, "Pegawai", null, null, null,
                        office.divisionId()), EnumSet.of(role));
        return name;
    }

    Measured measure(String path, String who) {
        var signedIn = Staff.as(users, who);
        view(path, signedIn); // warm: templates, plans, caches
        QueryCounter.Counted<Document> counted = QueryCounter.count(() -> view(path, signedIn));
        return new Measured(counted.statements(), counted.result());
    }

    Document view(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who) {
        try {
            return Jsoup.parse(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void assignTo(GeneratedRequests.BenchOffice office, long officerId) {
        jdbc.update("""
                INSERT INTO request_assignee (request_id, staff_id)
                SELECT id, ? FROM consultation_request WHERE office_id = ? AND status IN ('ASSIGNED', 'SCHEDULED')
                ON CONFLICT DO NOTHING""", officerId, office.officeId());
    }

    @Test
    void theInboxAndItsBadgesDoNotCostMoreWithMoreRequests() {
        GeneratedRequests.BenchOffice office = GeneratedRequests.createOffice(officeAdministration, offices, directory,
                userAdministration);
        String officer = user(office, Role.PETUGAS);
        long officerId = jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, officer);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("head /staf", office.head());
        pages.put("division head /staf", office.divisionHead());
        pages.put("officer /staf", officer);
        pages.put("duty officer /staf", user(office, Role.PIKET));
        pages.put("secretariat /staf", user(office, Role.SEKRETARIAT));
        pages.put("head /staf/disposisi", office.head());
        pages.put("officer /staf/konsultasi-saya", officer);

        GeneratedRequests.insert(jdbc, office, 1, 1_000, TestClock.INSTANCE.instant());
        assignTo(office, officerId);
        Map<String, Measured> small = new LinkedHashMap<>();
        pages.forEach((page, who) -> small.put(page, measure(page.substring(page.indexOf('/')), who)));

        GeneratedRequests.insert(jdbc, office, 1_001, 20_000, TestClock.INSTANCE.instant());
        assignTo(office, officerId);
        Map<String, Measured> large = new LinkedHashMap<>();
        pages.forEach((page, who) -> large.put(page, measure(page.substring(page.indexOf('/')), who)));

        for (String page : pages.keySet()) {
            assertThat(large.get(page).statements()).as("statements of " + page + " with 20 000 requests: "
                    + large.get(page).statements()).hasSameSizeAs(small.get(page).statements());
            assertThat(small.get(page).statements()).as("statements of " + page)
                    .hasSizeLessThanOrEqualTo(13); // with the bell
            System.out.println("inbox statements of " + page + ": " + small.get(page).statements().size() + " -> "
                    + large.get(page).statements().size());
        }
        assertThat(small.get("head /staf").page().select("#inbox-DECISIONS .inbox-count").text()).isEqualTo("100");
        assertThat(large.get("head /staf").page().select("#inbox-DECISIONS .inbox-count").text()).isEqualTo("2000");
        assertThat(large.get("division head /staf").page().select("#inbox-ASSIGNMENTS .inbox-count").text())
                .isEqualTo("1000");
        // the badge shows at most "99+"; a screen reader hears the count
        assertThat(large.get("head /staf/disposisi").page().select("nav a[href=/staf/disposisi] .nav-badge").text())
                .isEqualTo("99+");
        assertThat(large.get("head /staf/disposisi").page().select("nav a[href=/staf/disposisi] .nav-badge-text")
                .text()).isEqualTo("2.000 menunggu");
        assertThat(large.get("officer /staf").page().select("nav a[href=/staf/konsultasi-saya] .nav-badge").text())
                .isNotEmpty();
        large.get("officer /staf").statements().forEach(sql -> System.out.println("  officer's inbox: " + sql));
    }
}
