package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.konsultasi.account.StaffUser;
import id.konsultasi.office.Office;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.StaffMappings;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and action of the consultation module, found from the application's own request mappings:
 * only the request's officers record and report, only the head of the request's division forwards, it and
 * the head return (each while the report waits for them), only the head acknowledges; everyone else of the office gets a 403, everyone of another office
 * (and the system administrator) a 404, strangers the login page. A mapping this test does not know fails it.
 */
@IntegrationTest
class ConsultationAccessTests {

    /** Who, besides the request's officer, may use each mapping of a request's record. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("GET /staf/konsultasi/{requestId}", Set.of("officer")),
            Map.entry("POST /staf/konsultasi/{requestId}", Set.of("officer")),
            Map.entry("POST /staf/konsultasi/{requestId}/draf", Set.of("officer")),
            Map.entry("POST /staf/konsultasi/{requestId}/terlaksana", Set.of("officer")),
            Map.entry("POST /staf/konsultasi/{requestId}/ajukan", Set.of("officer")),
            Map.entry("GET /staf/konsultasi/{requestId}/berkas/{documentId}", Set.of("officer", "kadis", "kabid")),
            Map.entry("GET /staf/konsultasi/{requestId}/laporan", Set.of("officer", "kadis", "kabid")),
            Map.entry("GET /staf/konsultasi/{requestId}/laporan.pdf", Set.of("officer", "kadis", "kabid")),
            Map.entry("GET /staf/konsultasi/{requestId}/surat-hasil.pdf", Set.of("officer", "kadis", "kabid")),
            Map.entry("POST /staf/konsultasi/{requestId}/kembalikan", Set.of("kabid", "kadis")),
            Map.entry("POST /staf/konsultasi/{requestId}/teruskan", Set.of("kabid")),
            Map.entry("POST /staf/konsultasi/{requestId}/terima", Set.of("kadis")));

    /** The lists: which demo roles may open them. */
    static final Map<String, Set<String>> LISTS = Map.of(
            "/staf/laporan-konsultasi/bidang", Set.of("kabid"),
            "/staf/laporan-konsultasi/kepala", Set.of("kadis"),
            "/staf/laporan-konsultasi/saya", Set.of("kabid", "petugas"),
            "/admin/laporan-konsultasi", Set.of("admin"));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationService service;
    @Autowired
    WorkingDayCalendar calendars;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    StaffUser officer;
    StaffUser divisionHead;
    ConsultationRequest request;
    long documentId;

    /** A Bangka Belitung consultation of a division with its own head, filed with a file handed over. */
    @BeforeEach
    void filedReport() {
        Office babel = fixtures.office("babel");
        officer = fixtures.officer("babel");
        divisionHead = fixtures.divisionHead("babel");
        // decided early on the previous working day, held that morning
        LocalDate day = LocalDate.now(TestClock.INSTANCE.withZone(babel.zone())).minusDays(1);
        while (!calendars.forOffice(babel).isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        TestClock.INSTANCE.set(day.atTime(7, 0), babel.zone());
        request = fixtures.assigned("babel", "akses@contoh.id", divisionHead.getDivisionId(), officer);
        TestClock.INSTANCE.reset();
        RecordContent content = new RecordContent(ZonedDateTime.of(day, LocalTime.of(9, 0), babel.zone()).toInstant(),
                ZonedDateTime.of(day, LocalTime.of(10, 0), babel.zone()).toInstant(), ConsultationMode.ONLINE,
                officer.getId(), Set.of(), null, null, null, "Masalah", "Pembahasan", "Saran", null, null, null,
                List.of(), Set.of(LetterSection.ADVICE), Set.of());
        ConsultationRecord record = service.saveDraft(fixtures.principal(officer), request.getId(), null, content,
                new Upload("data.pdf", TestFiles.pdf(), true), Set.of());
        documentId = record.getHandoverFiles().get(0).getDocumentId();
        service.fileReport(fixtures.principal(officer), request.getId(), record.getVersion(), content, null, Set.of());
    }

    /** "METHOD pattern" of every mapping of this module. */
    Map<String, RequestMethod> moduleMappings() {
        Map<String, RequestMethod> found = new TreeMap<>();
        StaffMappings.under(mappings, "/staf/konsultasi/", "/staf/laporan-konsultasi", "/admin/laporan-konsultasi")
                .forEach((pattern, methods) -> methods.forEach(method -> found.put(method + " " + pattern, method)));
        return found;
    }

    MockHttpServletRequestBuilder request(RequestMethod method, String pattern) {
        String url = pattern.replace("{requestId}", String.valueOf(request.getId()))
                .replace("{documentId}", String.valueOf(documentId));
        return method == RequestMethod.POST
                ? post(url).with(csrf()).param("version", "0").param("remark", "Catatan").param("problem", "Ubah")
                .param("reportWorkingDays", "3")
                : get(url);
    }

    RequestPostProcessor as(String username) {
        return Staff.as(users, username);
    }

    @Test
    void everyMappingOfTheModuleIsKnownToThisTest() {
        Set<String> known = new HashSet<>(ALLOWED.keySet());
        LISTS.keySet().forEach(path -> {
            known.add("GET " + path);
        });
        known.add("POST /admin/laporan-konsultasi");
        assertThat(moduleMappings().keySet()).as("add new mappings to ALLOWED or LISTS").isSubsetOf(known);
        assertThat(moduleMappings().keySet()).containsAll(ALLOWED.keySet());
    }

    @Test
    void onlyTheOfficersTheDivisionHeadAndTheHeadOfTheRequestGetPastTheDoor() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var mapping : ALLOWED.entrySet()) {
            String[] parts = mapping.getKey().split(" ", 2);
            RequestMethod method = RequestMethod.valueOf(parts[0]);
            Set<String> allowed = mapping.getValue();
            // the same office, but not for this request or not this role: 403
            List<String> forbidden = new ArrayList<>(List.of("piket.babel", "sekretariat.babel", "admin.babel",
                    "petugas.babel", "kabid.babel"));
            if (!allowed.contains("kadis")) {
                forbidden.add("kadis.babel");
            }
            if (!allowed.contains("kabid")) {
                forbidden.add(divisionHead.getUsername());
            }
            if (!allowed.contains("officer")) {
                forbidden.add(officer.getUsername());
            }
            for (String who : forbidden) {
                mvc.perform(request(method, parts[1]).with(as(who)))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(mapping.getKey() + " as " + who).isEqualTo(403));
            }
            // another office, or no office at all: 404, nothing of the record shown
            for (String who : List.of("kadis.buton", "kabid.buton", "petugas.buton", "admin")) {
                String body = mvc.perform(request(method, parts[1]).with(as(who)))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(mapping.getKey() + " as " + who).isEqualTo(404))
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain(request.getReceiptNumber());
            }
            // those allowed get past the door: a page, a file, a redirect, or a 409 for a step out of turn
            for (String who : allowed) {
                String username = switch (who) {
                    case "officer" -> officer.getUsername();
                    case "kabid" -> divisionHead.getUsername();
                    default -> "kadis.babel";
                };
                if (method == RequestMethod.GET) {
                    mvc.perform(request(method, parts[1]).with(as(username)))
                            .andExpect(result -> assertThat(result.getResponse().getStatus())
                                    .as(mapping.getKey() + " as " + who).isIn(200, 302));
                }
            }
            // strangers sign in first
            if (method == RequestMethod.GET) {
                mvc.perform(request(method, parts[1])).andExpect(status().is3xxRedirection())
                        .andExpect(redirectedUrl("/masuk"));
            }
            checked.add(mapping.getKey());
        }
        assertThat(checked).hasSize(ALLOWED.size());
    }

    @Test
    void eachListIsForItsRoleOnly() throws Exception {
        List<String> everyone = List.of("admin", "piket", "sekretariat", "kadis", "kabid", "petugas");
        for (var list : LISTS.entrySet()) {
            for (String role : everyone) {
                int expected = list.getValue().contains(role) ? 200 : 403;
                mvc.perform(get(list.getKey()).with(as(role + ".buton")))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as(list.getKey() + " as " + role).isEqualTo(expected));
            }
            if (!list.getKey().startsWith("/admin")) {
                mvc.perform(get(list.getKey()).with(as("admin"))).andExpect(status().isForbidden());
            }
            mvc.perform(get(list.getKey())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
        }
    }

    @Test
    void theApplicantsDownloadsNeedTheLinkAndTheHeadsAcknowledgement() throws Exception {
        String token = request.getTrackingToken();
        // filed, not yet acknowledged: nothing to download
        mvc.perform(get("/lacak/" + token + "/surat-hasil.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/lacak/" + token + "/berkas/" + documentId)).andExpect(status().isNotFound());
        // a wrong link, or another request's link with this file: never
        mvc.perform(get("/lacak/" + "x".repeat(43) + "/surat-hasil.pdf")).andExpect(status().isNotFound());
        ConsultationRequest other = fixtures.assigned("babel", "lain@contoh.id", officer);
        mvc.perform(get("/lacak/" + other.getTrackingToken() + "/berkas/" + documentId)).andExpect(status().isNotFound());
    }
}
