package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import id.konsultasi.account.DelegationAdministration;
import id.konsultasi.account.DelegationKind;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.DemoStaff;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.StaffMappings;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import id.konsultasi.support.TestStaff;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and action of the disposition, found from the application's own request mappings: per
 * role and per office, everyone it is not meant for gets a 403 (own office) or a 404 (another office,
 * which never learns whether the record exists), strangers the login page.
 */
@IntegrationTest
class DispositionAccessTests {

    static final List<String> BUTON = DemoStaff.of("buton");
    static final List<String> BABEL = List.of("admin.babel", "piket.babel", "sekretariat.babel", "kadis.babel",
            "kabid.babel", "petugas.babel", "petugas2.babel");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    RequestService service;
    @Autowired
    DispositionService dispositions;
    @Autowired
    DelegationAdministration delegationAdministration;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;

    /** a Buton request waiting for the head */
    long waiting;
    /** a Buton request the head assigned to petugas.buton (lead) straight away */
    long assigned;
    /** a letter of Buton refused by its head */
    long refused;
    /** a Bangka Belitung request disposed to its Bidang Rehabilitasi Sosial */
    long disposedBabel;
    /** a delegation of Buton's head */
    long butonDelegation;

    /** The action of each mapping, and who it is meant for (in Buton, where the records are). */
    record Action(RequestMethod method, String pattern, Set<String> allowed) {
    }

    List<Action> actions() {
        Set<String> viewers = Set.of("kadis.buton", "sekretariat.buton", "petugas.buton");
        return List.of(
                new Action(RequestMethod.GET, "/staf/disposisi", Set.of("kadis.buton")),
                new Action(RequestMethod.GET, "/staf/disposisi/{id}", viewers),
                new Action(RequestMethod.POST, "/staf/disposisi/{id}", Set.of("kadis.buton")),
                new Action(RequestMethod.POST, "/staf/disposisi/{id}/penugasan", Set.of()),
                new Action(RequestMethod.POST, "/staf/disposisi/{id}/telaahan", Set.of("petugas.buton")),
                new Action(RequestMethod.GET, "/staf/disposisi/{id}/lembar", viewers),
                new Action(RequestMethod.GET, "/staf/disposisi/{id}/lembar.pdf", viewers),
                // tried on a refused request, which has no officers
                new Action(RequestMethod.GET, "/staf/disposisi/{id}/surat-penolakan.pdf",
                        Set.of("kadis.buton", "sekretariat.buton")),
                new Action(RequestMethod.GET, "/staf/bidang", Set.of("kabid.buton")),
                new Action(RequestMethod.GET, "/staf/delegasi", Set.of("kadis.buton")),
                new Action(RequestMethod.POST, "/staf/delegasi", Set.of("kadis.buton")),
                new Action(RequestMethod.POST, "/staf/delegasi/{id}/cabut", Set.of("kadis.buton")));
    }

    @BeforeEach
    void records() {
        long butonId = offices.findByCode("buton").orElseThrow().getId();
        waiting = TestRequests.letter(service, offices, "buton", TestRequests.unique("Akses menunggu Buton"),
                "akses@contoh.id").requestId();
        Receipt toAssign = TestRequests.letter(service, offices, "buton", TestRequests.unique("Akses ditugaskan Buton"),
                "akses@contoh.id");
        dispositions.decide(Staff.principal(users, "kadis.buton"), toAssign.requestId(), new DispositionService.Decision(
                requests.findById(toAssign.requestId()).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, id.konsultasi.request.ConsultationMode.IN_PERSON, null,
                staffUsers.findByUsername("petugas.buton").orElseThrow().getId(), List.of(), Urgency.ROUTINE, Set.of(),
                null));
        assigned = toAssign.requestId();
        Receipt toRefuse = TestRequests.letter(service, offices, "buton", TestRequests.unique("Akses ditolak Buton"), null);
        dispositions.decide(Staff.principal(users, "kadis.buton"), toRefuse.requestId(), new DispositionService.Decision(
                requests.findById(toRefuse.requestId()).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.REFUSED, "Uji akses surat penolakan", null, null, null, List.of(), Urgency.ROUTINE,
                Set.of(), null));
        refused = toRefuse.requestId();
        Receipt babel = TestRequests.letter(service, offices, "babel", TestRequests.unique("Akses Babel"), "akses@contoh.id");
        long rehab = divisions.findByOfficeIdOrderByName(offices.findByCode("babel").orElseThrow().getId()).stream()
                .filter(d -> d.getName().equals("Bidang Rehabilitasi Sosial")).findFirst().orElseThrow().getId();
        dispositions.decide(Staff.principal(users, "kadis.babel"), babel.requestId(), new DispositionService.Decision(
                requests.findById(babel.requestId()).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, id.konsultasi.request.ConsultationMode.ONLINE, rehab, null, List.of(),
                Urgency.ROUTINE, Set.of(), null));
        disposedBabel = babel.requestId();
        String deputy = TestStaff.create(userAdministration, offices, divisions, "buton", Role.SEKRETARIAT,
                "Deputi Akses Uji", "Sekretariat");
        // a day of its own for each test's delegation (two at random could fall on the same day and overlap)
        LocalDate far = LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Makassar"))).plusYears(3).plusDays(DELEGATION_DAYS.getAndIncrement());
        butonDelegation = delegationAdministration.create(Staff.principal(users, "kadis.buton"),
                new DelegationAdministration.NewDelegation(staffUsers.findByUsername(deputy).orElseThrow().getId(),
                        DelegationKind.PLT, far, far, null, UUID.randomUUID().toString())).getId();
        assertThat(butonId).isPositive();
    }

    static final java.util.concurrent.atomic.AtomicInteger DELEGATION_DAYS = new java.util.concurrent.atomic.AtomicInteger();

    /** pattern -> methods, for every mapping of this issue */
    Map<String, Set<RequestMethod>> pages() {
        return StaffMappings.under(mappings, "/staf/disposisi", "/staf/bidang", "/staf/delegasi");
    }

    /** The record of Buton each action is tried on. */
    long recordFor(Action action) {
        if (action.pattern().startsWith("/staf/delegasi/")) {
            return butonDelegation;
        }
        if (action.method() == RequestMethod.POST && action.pattern().equals("/staf/disposisi/{id}")) {
            return waiting;
        }
        if (action.pattern().endsWith("/surat-penolakan.pdf")) {
            return refused;
        }
        return assigned;
    }

    RequestBuilder request(Action action, long id) {
        return request(action, id, null);
    }

    RequestBuilder request(Action action, long id, String who) {
        String url = action.pattern().replace("{id}", String.valueOf(id));
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (action.method() == RequestMethod.GET) {
            builder = get(url);
        } else {
            builder = action.pattern().endsWith("/telaahan")
                    ? multipart(url).file(TestFiles.file("file", "telaahan.pdf", TestFiles.pdf())) : post(url);
            builder.with(csrf()).param("version", "0").param("formKey", UUID.randomUUID().toString())
                    .param("decision", "REFUSED").param("reason", "Uji akses").param("urgency", "ROUTINE")
                    .param("servePersonally", "true").param("deputyId", "1").param("kind", "PLH")
                    .param("startsOn", "2031-01-01").param("endsOn", "2031-01-02");
        }
        if (who != null) {
            builder.with(Staff.as(users, who));
        }
        return builder;
    }

    @Test
    void everyMappingOfThisIssueIsCheckedHere() {
        Map<String, Set<RequestMethod>> expected = new TreeMap<>();
        for (Action action : actions()) {
            expected.computeIfAbsent(action.pattern(), p -> new HashSet<>()).add(action.method());
        }
        assertThat(pages()).as("a new page or action must be added to actions() with who may use it")
                .isEqualTo(expected);
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        for (Action action : actions()) {
            mvc.perform(request(action, recordFor(action))).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/masuk"));
        }
    }

    @Test
    void inTheOfficeEveryoneTheActionIsNotMeantForGets403() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Action action : actions()) {
            for (String who : BUTON) {
                if (action.allowed().contains(who)) {
                    continue;
                }
                int status = mvc.perform(request(action, recordFor(action), who)).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(action.method() + " " + action.pattern() + " as " + who).isEqualTo(403);
                checked.add(action.method() + " " + action.pattern() + " " + who);
            }
        }
        // the division head's assignment: in Bangka Belitung only the head of the division it went to
        for (String who : BABEL) {
            if (!who.equals("kabid.babel")) {
                mvc.perform(post("/staf/disposisi/" + disposedBabel + "/penugasan").with(csrf()).with(Staff.as(users, who))
                                .param("version", "0").param("formKey", UUID.randomUUID().toString())
                                .param("servePersonally", "true"))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(checked).hasSizeGreaterThan(50);
    }

    @Test
    void anotherOfficeGets404ForEveryRecordAndNeverItsData() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Action action : actions()) {
            if (!action.pattern().contains("{id}")) {
                continue;
            }
            for (String who : BABEL) {
                var response = mvc.perform(request(action, recordFor(action), who)).andReturn()
                        .getResponse();
                boolean roleRestricted = action.pattern().startsWith("/staf/delegasi") && !who.startsWith("kadis.");
                assertThat(response.getStatus()).as(action.method() + " " + action.pattern() + " as " + who)
                        .isEqualTo(roleRestricted ? 403 : 404);
                assertThat(response.getContentAsString()).doesNotContain("Buton").doesNotContain("Akses ditugaskan");
                checked.add(action.method() + " " + action.pattern() + " " + who);
            }
            var admin = mvc.perform(request(action, recordFor(action), "admin")).andReturn()
                    .getResponse();
            assertThat(admin.getStatus()).as(action.pattern() + " as the system administrator").isIn(403, 404);
        }
        for (String who : BUTON) {
            mvc.perform(post("/staf/disposisi/" + disposedBabel + "/penugasan").with(csrf()).with(Staff.as(users, who))
                            .param("version", "0").param("formKey", UUID.randomUUID().toString())
                            .param("servePersonally", "true"))
                    .andExpect(status().isNotFound());
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void thoseItIsMeantForSeeThePages() throws Exception {
        for (Action action : actions()) {
            if (action.method() != RequestMethod.GET) {
                continue;
            }
            for (String who : action.allowed()) {
                mvc.perform(request(action, recordFor(action), who)).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/staf/disposisi/" + disposedBabel).with(Staff.as(users, "kabid.babel"))).andExpect(status().isOk());
    }

    @Test
    void pagesWithoutAnIdShowOnlyTheOwnOffice() throws Exception {
        String butonTopic = requests.findById(waiting).orElseThrow().getTopic();
        for (var page : Map.of("/staf/disposisi?lihat=OPEN", "kadis.babel", "/staf/bidang?lihat=OPEN", "kabid.babel",
                "/staf/delegasi", "kadis.babel").entrySet()) {
            String body = mvc.perform(get(page.getKey()).with(Staff.as(users, page.getValue())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(body).text()).as(page.getKey()).doesNotContain(butonTopic)
                    .doesNotContain("Deputi Akses Uji").doesNotContain("KONS/BTN/");
        }
    }
}
