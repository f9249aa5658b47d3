package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.Delegation;
import id.konsultasi.account.Delegations;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.DocumentKind;
import id.konsultasi.request.NewDocument;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.PersonalDataAccesses;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestDocuments;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import id.konsultasi.support.TestStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The head names an acting official (Plh/Plt) for a range of days; within it the acting official
 * decides on the head's behalf and every record says so; outside it, or once revoked, they cannot.
 */
@IntegrationTest
class DelegationTests {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
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
    @Autowired
    RequestService service;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestDocuments documents;
    @Autowired
    PersonalDataAccesses accesses;
    @Autowired
    DispositionService dispositions;
    @Autowired
    DispositionChoices choices;
    @Autowired
    StaffAnalyses analyses;

    long id(String username) {
        return staffUsers.findByUsername(username).orElseThrow().getId();
    }

    MockHttpServletRequestBuilder delegate(String head, String deputy, LocalDate from, LocalDate to) {
        return post("/staf/delegasi").with(csrf()).with(Staff.as(users, head)).param("formKey", UUID.randomUUID().toString())
                .param("deputyId", String.valueOf(id(deputy))).param("kind", "PLH")
                .param("startsOn", from.toString()).param("endsOn", to.toString()).param("reason", "Dinas luar ke Kendari");
    }

    Delegation latestOf(String head) {
        return delegations.findByHeadIdOrderByStartsOnDescIdDesc(id(head), PageRequest.of(0, 50)).stream()
                .max(java.util.Comparator.comparing(Delegation::getId)).orElseThrow();
    }

    @Test
    void theActingOfficialDecidesOnTheHeadsBehalfAndEveryRecordSaysSo() throws Exception {
        String plh = TestStaff.create(userAdministration, offices, divisions, "buton", Role.KABID,
                "Ir. La Ode Plh Kadis, M.T.", "Bidang Pemberdayaan Sosial");
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(WITA));
        mvc.perform(get("/staf/disposisi").with(Staff.as(users, plh))).andExpect(status().isForbidden());

        mvc.perform(delegate("kadis.buton", plh, today, today.plusDays(2))).andExpect(status().is3xxRedirection());
        Delegation delegation = latestOf("kadis.buton");
        try {
            Document home = Jsoup.parse(mvc.perform(get("/staf").with(Staff.as(users, plh))).andReturn().getResponse()
                    .getContentAsString());
            assertThat(home.select("#acting-card").text()).contains("Plh. Kepala Dinas", "Drs. La Ode Muhammad Arifin");
            assertThat(home.select("nav a[href='/staf/disposisi']")).isNotEmpty();

            Document dashboard = Jsoup.parse(mvc.perform(get("/staf/disposisi").with(Staff.as(users, plh)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(dashboard.select("#acting").text()).contains("Pelaksana Harian (Plh)", "Drs. La Ode Muhammad Arifin");

            String topic = TestRequests.unique("Konsultasi adopsi anak");
            Receipt receipt = service.submit(offices.findByCode("buton").orElseThrow().getId(), new NewRequest(
                            Channel.WALK_IN, UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON,
                            "Wa Ode Rosmini", null, null, null, "+6281234500000", "rosmini@contoh.id", null), topic,
                            "Ingin mengadopsi anak", ConsultationMode.IN_PERSON, null, false, true),
                    List.of(new NewDocument(DocumentKind.ID_SCAN, "ktp.png", "image/png", TestFiles.png())), Actor.applicant());
            long documentId = documents.findByRequestIdOrderByUploadedAt(receipt.requestId()).get(0).getId();
            mvc.perform(get("/staf/permohonan/" + receipt.requestId() + "/dokumen/" + documentId).with(Staff.as(users, plh)))
                    .andExpect(status().isOk());
            assertThat(accesses.findByOfficeIdOrderByAtDesc(offices.findByCode("buton").orElseThrow().getId(),
                    PageRequest.of(0, 20)).stream()).as("opening a document is recorded")
                    .anyMatch(a -> a.getRequestId() == receipt.requestId() && a.getStaffId() == id(plh));

            ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
            mvc.perform(post("/staf/disposisi/" + r.getId()).with(csrf()).with(Staff.as(users, plh))
                            .param("version", String.valueOf(r.getVersion())).param("formKey", UUID.randomUUID().toString())
                            .param("decision", "ACCEPTED").param("mode", "IN_PERSON").param("urgency", "URGENT")
                            .param("leadOfficerId", String.valueOf(id("petugas.buton")))
                            .param("instructions", "FOR_INFORMATION"))
                    .andExpect(status().is3xxRedirection());

            Disposition d = choices.dispositionOf(r.getId()).orElseThrow();
            assertThat(d.getSignatory().getName()).isEqualTo("Ir. La Ode Plh Kadis, M.T.");
            assertThat(d.getSignatory().getSigningPost()).isEqualTo("Plh. Kepala Dinas Sosial");
            assertThat(d.getSignatory().getOnBehalfOfName()).isEqualTo("Drs. La Ode Muhammad Arifin, M.Si.");
            ConsultationRequest decided = requests.findWholeById(r.getId()).orElseThrow();
            assertThat(decided.getHistory().get(decided.getHistory().size() - 1).getActorName())
                    .isEqualTo("Ir. La Ode Plh Kadis, M.T. (Plh. Kepala Dinas Sosial, menggantikan Drs. La Ode Muhammad Arifin, M.Si.)");

            Document page = Jsoup.parse(mvc.perform(get("/staf/disposisi/" + r.getId()).with(Staff.as(users, "kadis.buton")))
                    .andReturn().getResponse().getContentAsString());
            assertThat(page.select("#signed-by").text()).contains("Plh. Kepala Dinas Sosial", "Ir. La Ode Plh Kadis",
                    "menggantikan Drs. La Ode Muhammad Arifin, M.Si.");
            String pdf = Pdfs.text(mvc.perform(get("/staf/disposisi/" + r.getId() + "/lembar.pdf")
                    .with(Staff.as(users, "kadis.buton"))).andReturn().getResponse().getContentAsByteArray());
            assertThat(pdf).contains("Plh. Kepala Dinas Sosial", "Ir. La Ode Plh Kadis, M.T.",
                    "menggantikan Drs. La Ode Muhammad Arifin, M.Si.", "X Segera", "X Untuk diketahui");
        } finally {
            mvc.perform(post("/staf/delegasi/" + delegation.getId() + "/cabut").with(csrf())
                            .with(Staff.as(users, "kadis.buton")).param("version", String.valueOf(delegation.getVersion())))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/staf/disposisi").with(Staff.as(users, plh))).andExpect(status().isForbidden()); // revoked
    }

    @Test
    void outsideTheDaysOfTheDelegationTheDeputyCannotDecide() throws Exception {
        String head = TestStaff.create(userAdministration, offices, divisions, "babel", Role.KADIS,
                "Kepala Dinas Uji", null);
        String deputy = TestStaff.create(userAdministration, offices, divisions, "babel", Role.SEKRETARIAT,
                "Sekretaris Uji", "Sekretariat");
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(ZoneId.of("Asia/Jakarta")));
        mvc.perform(delegate(head, deputy, today.plusDays(1), today.plusDays(3))).andExpect(status().is3xxRedirection());
        assertThat(latestOf(head).getDeputyId()).isEqualTo(id(deputy));

        mvc.perform(get("/staf/disposisi").with(Staff.as(users, deputy))).andExpect(status().isForbidden());
        Receipt receipt = TestRequests.letter(service, offices, "babel", TestRequests.unique("Konsultasi UEP"),
                "uep@contoh.id");
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        mvc.perform(post("/staf/disposisi/" + r.getId()).with(csrf()).with(Staff.as(users, deputy))
                        .param("version", String.valueOf(r.getVersion())).param("formKey", UUID.randomUUID().toString())
                        .param("decision", "REFUSED").param("reason", "Tidak berwenang").param("urgency", "ROUTINE"))
                .andExpect(status().isForbidden());

        // the head's form refuses what makes no sense, with the reason beside the field
        String overlap = mvc.perform(delegate(head, deputy, today.plusDays(3), today.plusDays(4)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(overlap).select(".invalid-feedback").text()).contains("sudah ada Plh/Plt lain");
        String past = mvc.perform(delegate(head, deputy, today.minusDays(1), today))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(past).select(".invalid-feedback").text()).contains("tidak boleh sebelum hari ini");
        String backwards = mvc.perform(delegate(head, deputy, today.plusDays(9), today.plusDays(8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(backwards).select(".invalid-feedback").text()).contains("tidak boleh sebelum tanggal mulai");
        String self = mvc.perform(delegate(head, head, today.plusDays(20), today.plusDays(21)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(self).select(".invalid-feedback").text()).contains("selain diri Anda sendiri");
        String foreign = mvc.perform(delegate(head, "sekretariat.buton", today.plusDays(20), today.plusDays(21)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(foreign).select(".invalid-feedback").text()).contains("Pilih pegawai aktif kantor Anda");
        assertThat(delegations.findByHeadIdOrderByStartsOnDescIdDesc(id(head), PageRequest.of(0, 10))).hasSize(1);
    }
}
