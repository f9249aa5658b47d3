package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.GuestVisits;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.DemoStaff;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.StaffMappings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and action of the duty desk and the agenda book, found from the application's own request
 * mappings: each answers 403 to every role it is not for, sends strangers to the login page, and answers
 * 404 (and shows nothing) to the right role of another office for every record of this office.
 */
@IntegrationTest
class DeskAccessTests {

    static final Set<String> DESK = Set.of("PIKET", "SEKRETARIAT");
    static final Set<String> PIKET = Set.of("PIKET");
    static final Set<String> SEKRETARIAT = Set.of("SEKRETARIAT");

    /** Who each desk mapping is for; a new mapping must be added here, or the first test fails. */
    static final Map<String, Set<String>> FOR = Map.ofEntries(
            Map.entry("/staf/piket/tamu-baru", PIKET),
            Map.entry("/staf/piket/cari-permohonan", PIKET),
            Map.entry("/staf/piket", DESK),
            Map.entry("/staf/piket/papan", DESK),
            Map.entry("/staf/piket/tamu/{id}", DESK),
            Map.entry("/staf/piket/tamu/{id}/antar", DESK),
            Map.entry("/staf/piket/tamu/{id}/pulang", DESK),
            Map.entry("/staf/piket/permohonan/{id}/tanda-terima.pdf", DESK),
            Map.entry("/staf/piket/buku-tamu", DESK),
            Map.entry("/staf/piket/buku-tamu.csv", DESK),
            Map.entry("/staf/piket/buku-tamu.pdf", DESK),
            Map.entry("/staf/agenda/surat-baru", DESK),
            Map.entry("/staf/agenda/surat/{id}", DESK),
            Map.entry("/staf/agenda", SEKRETARIAT),
            Map.entry("/staf/agenda/buku-agenda.csv", SEKRETARIAT),
            Map.entry("/staf/agenda/buku-agenda.xlsx", SEKRETARIAT));

    /** A Buton user for each role; the system administrator belongs to no office. */
    static final Map<Role, String> BUTON_USERS = DemoStaff.byRole("buton");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    DeskService desk;
    @Autowired
    GuestVisits visits;

    String guestName;
    Map<String, Long> butonRecords;

    @BeforeEach
    void butonRecords() {
        guestName = "Tamu Buton " + UUID.randomUUID().toString().substring(0, 8);
        long visitId = desk.registerWalkIn(Staff.principal(users, "piket.buton"), new DeskService.WalkIn(
                UUID.randomUUID().toString(), new Guest(guestName, null, "+6281234567890", "7404011203850001", true,
                "Konsultasi rahasia"), VisitKind.NEW_CONSULTATION, ApplicantType.PERSON, null, null,
                "Materi rahasia Buton", null, false, null));
        long requestId = visits.findById(visitId).orElseThrow().getRequestId();
        butonRecords = Map.of("/staf/piket/tamu/", visitId, "/staf/piket/permohonan/", requestId,
                "/staf/agenda/surat/", requestId);
    }

    /** pattern -> methods, for every mapping under /staf/piket and /staf/agenda */
    Map<String, Set<RequestMethod>> deskMappings() {
        return StaffMappings.under(mappings, "/staf/piket", "/staf/agenda");
    }

    MockHttpServletRequestBuilder request(RequestMethod method, String url) {
        return method == RequestMethod.POST ? post(url).with(csrf()).param("version", "0") : get(url);
    }

    String resolve(String pattern) {
        for (var record : butonRecords.entrySet()) {
            if (pattern.startsWith(record.getKey())) {
                return pattern.replace("{id}", String.valueOf(record.getValue()));
            }
        }
        assertThat(pattern).as("a Buton record to try on " + pattern).doesNotContain("{id}");
        return pattern;
    }

    @Test
    void everyDeskMappingSaysWhoItIsFor() {
        assertThat(deskMappings().keySet()).isEqualTo(FOR.keySet());
    }

    @Test
    void everyOtherRoleGets403OnEveryPageAndAction() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : deskMappings().entrySet()) {
            Set<String> allowed = FOR.get(page.getKey());
            for (RequestMethod method : page.getValue()) {
                for (var user : BUTON_USERS.entrySet()) {
                    if (allowed.contains(user.getKey().name())) {
                        continue;
                    }
                    mvc.perform(request(method, resolve(page.getKey())).with(Staff.as(users, user.getValue())))
                            .andExpect(status().isForbidden());
                    checked.add(method + " " + page.getKey() + " " + user.getValue());
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(80);
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        for (var page : deskMappings().entrySet()) {
            for (RequestMethod method : page.getValue()) {
                mvc.perform(request(method, resolve(page.getKey()))).andExpect(status().is3xxRedirection())
                        .andExpect(redirectedUrl("/masuk"));
            }
        }
    }

    @Test
    void theRightRoleOfAnotherOfficeGets404AndNothingOfThisOfficesRecords() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : deskMappings().entrySet()) {
            if (!page.getKey().contains("{id}")) {
                continue;
            }
            for (String role : FOR.get(page.getKey())) {
                String who = role.equals("PIKET") ? "piket.babel" : "sekretariat.babel";
                for (RequestMethod method : page.getValue()) {
                    String body = mvc.perform(request(method, resolve(page.getKey())).with(Staff.as(users, who)))
                            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
                    assertThat(body).doesNotContain("Buton").doesNotContain(guestName).doesNotContain("Materi rahasia");
                    checked.add(method + " " + page.getKey() + " " + who);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
        assertThat(visits.findById(butonRecords.get("/staf/piket/tamu/")).orElseThrow().getServedAt()).isNull();
    }

    @Test
    void pagesWithoutAnIdShowOnlyTheUsersOwnOffice() throws Exception {
        for (var page : deskMappings().entrySet()) {
            if (page.getKey().contains("{id}") || !page.getValue().contains(RequestMethod.GET)) {
                continue;
            }
            String who = FOR.get(page.getKey()).contains("PIKET") ? "piket.babel" : "sekretariat.babel";
            var response = mvc.perform(get(page.getKey()).param("lookup", guestName).param("q", guestName)
                    .with(Staff.as(users, who))).andExpect(status().isOk()).andReturn().getResponse();
            // what the page shows (the search box repeats the query, which is no leak)
            String shown = org.jsoup.Jsoup.parse(response.getContentAsString()).text();
            assertThat(shown).as(page.getKey()).doesNotContain(guestName).doesNotContain("Materi rahasia");
        }
    }
}
