package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.Delegation;
import id.konsultasi.account.Delegations;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.DemoStaff;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.StaffMappings;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What each demo user sees and may open, in both offices, and an acting head (Plh) besides: the links of the
 * navigation, the cards of the staff home, and the status of every staff page (GET, each path variable an id
 * that does not exist). Written down in {@code access-by-role.txt} from the behaviour before the access rules moved
 * into the modules: any difference is a change a user would notice. After a deliberate change, run this test with
 * {@code -Daccess.record=true} to write the file again, and read its diff.
 */
@IntegrationTest
class AccessByRoleTests {

    static final String RECORD = "access-by-role.txt";
    static final List<String> USERS = java.util.stream.Stream.concat(java.util.stream.Stream.of(DemoStaff.SYSTEM_ADMIN),
            java.util.stream.Stream.of("buton", "babel").flatMap(office -> DemoStaff.of(office).stream())).toList();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    Delegations delegations;

    @Test
    void everyUserSeesAndMayOpenWhatTheyDidBefore() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String user : USERS) {
            describe(user, user, lines);
        }
        String plh = TestStaff.create(userAdministration, offices, divisions, "buton", Role.KABID,
                "Plh Kepala Dinas Uji", "Bidang Pemberdayaan Sosial");
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Makassar")));
        mvc.perform(post("/staf/delegasi").with(csrf()).with(Staff.as(users, "kadis.buton"))
                        .param("formKey", UUID.randomUUID().toString())
                        .param("deputyId", String.valueOf(staffUsers.findByUsername(plh).orElseThrow().getId()))
                        .param("kind", "PLH").param("startsOn", today.toString()).param("endsOn", today.plusDays(1).toString())
                        .param("reason", "Dinas luar"))
                .andExpect(status().is3xxRedirection());
        Delegation delegation = delegations.findByHeadIdOrderByStartsOnDescIdDesc(
                        staffUsers.findByUsername("kadis.buton").orElseThrow().getId(), PageRequest.of(0, 50)).stream()
                .max(java.util.Comparator.comparing(Delegation::getId)).orElseThrow();
        try {
            describe(plh, "plh-kabid.buton", lines);
        } finally {
            mvc.perform(post("/staf/delegasi/" + delegation.getId() + "/cabut").with(csrf())
                            .with(Staff.as(users, "kadis.buton")).param("version", String.valueOf(delegation.getVersion())))
                    .andExpect(status().is3xxRedirection());
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("access.record")) {
            Files.writeString(Path.of("src/test/resources", RECORD), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(recorded());
    }

    /** The navigation, the staff home's cards and the status of every staff page, one line each. */
    void describe(String username, String shownAs, List<String> lines) throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/staf").with(Staff.as(users, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        home.select(".nav-badge, .nav-badge-text").remove(); // how many items wait depends on the data, not the role
        home.select("#nav-main .navbar-nav.me-auto a[href]:not([href=#])").stream()
                .map(a -> shownAs + " nav " + a.attr("href") + " " + a.text()).sorted().forEach(lines::add);
        for (Element card : home.select("main .card")) {
            lines.add(shownAs + " card " + card.select("h2").text() + ": " + String.join(" ", card.select("a[href]")
                    .eachAttr("href")));
        }
        for (Map.Entry<String, Set<RequestMethod>> page : StaffMappings.under(mappings, "/staf", "/admin", "/sistem")
                .entrySet()) {
            if (!page.getValue().isEmpty() && !page.getValue().contains(RequestMethod.GET)) {
                continue;
            }
            String url = page.getKey().replaceAll("\\{[^}]+}", "0");
            MockHttpServletRequestBuilder request = get(url).with(Staff.as(users, username));
            lines.add(shownAs + " GET " + page.getKey() + " " + mvc.perform(request).andReturn().getResponse().getStatus());
        }
    }

    static String recorded() throws IOException {
        try (InputStream in = AccessByRoleTests.class.getResourceAsStream("/" + RECORD)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
