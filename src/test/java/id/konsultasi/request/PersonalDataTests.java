package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ID scans and the NIK: only those who work on the request open them, every opening is recorded and
 * shown to the office administrator, another office sees nothing, and after the retention period they are gone.
 */
@IntegrationTest
class PersonalDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    RequestDocuments documents;
    @Autowired
    PersonalDataAccesses accesses;
    @Autowired
    PersonalDataRetention retention;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final byte[] scan = TestFiles.png();

    ConsultationRequest butonRequestWithScan(String name) {
        long buton = offices.findByCode("buton").orElseThrow().getId();
        Receipt receipt = service.submit(buton, new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, name, null, null, "7404015708900003", "+6285257048204",
                        null, null), "Data penerima bantuan", "Konsultasi", ConsultationMode.IN_PERSON, null, false, true),
                List.of(new NewDocument(DocumentKind.ID_SCAN, "ktp.png", "image/png", scan)), Actor.applicant());
        return requests.findById(receipt.requestId()).orElseThrow();
    }

    String documentUrl(ConsultationRequest r) {
        return "/staf/permohonan/" + r.getId() + "/dokumen/" + documents.findByRequestIdOrderByUploadedAt(r.getId()).get(0).getId();
    }

    @Test
    void theHeadOpensTheScanAndTheOpeningIsRecordedForTheAdministrator() throws Exception {
        ConsultationRequest r = butonRequestWithScan("Pemohon Satu");
        byte[] opened = mvc.perform(get(documentUrl(r)).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(opened).isEqualTo(scan);
        assertThat(accesses.countByRequestId(r.getId())).isEqualTo(1);

        Document log = Jsoup.parse(mvc.perform(get("/admin/akses-data").with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(log.select("tbody tr").first().text()).contains("Drs. La Ode Muhammad Arifin", "ID_SCAN ktp.png");
        Document babelLog = Jsoup.parse(mvc.perform(get("/admin/akses-data").with(Staff.as(users, "admin.babel")))
                .andReturn().getResponse().getContentAsString());
        assertThat(babelLog.text()).doesNotContain("Drs. La Ode Muhammad Arifin");
    }

    @Test
    void staffWhoDoNotWorkOnTheRequestCannotOpenItAndAnotherOfficeDoesNotSeeIt() throws Exception {
        ConsultationRequest r = butonRequestWithScan("Pemohon Dua");
        for (String who : List.of("petugas.buton", "piket.buton", "kabid.buton", "admin.buton")) {
            mvc.perform(get(documentUrl(r)).with(Staff.as(users, who))).andExpect(status().isForbidden());
            mvc.perform(post("/staf/permohonan/" + r.getId() + "/nik").with(csrf()).with(Staff.as(users, who)))
                    .andExpect(status().isForbidden());
        }
        Document page = Jsoup.parse(mvc.perform(get("/staf/permohonan/" + r.getId()).with(Staff.as(users, "petugas.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href*=/dokumen/]")).isEmpty();
        assertThat(page.text()).contains("************0003").doesNotContain("7404015708900003");

        for (String who : List.of("kadis.babel", "sekretariat.babel", "petugas.babel")) {
            mvc.perform(get("/staf/permohonan/" + r.getId()).with(Staff.as(users, who))).andExpect(status().isNotFound());
            mvc.perform(get(documentUrl(r)).with(Staff.as(users, who))).andExpect(status().isNotFound());
        }
        assertThat(accesses.countByRequestId(r.getId())).isZero();
    }

    @Test
    void theSecretariatRevealsTheNikAndThatIsRecordedToo() throws Exception {
        ConsultationRequest r = butonRequestWithScan("Pemohon Tiga");
        Document page = Jsoup.parse(mvc.perform(post("/staf/permohonan/" + r.getId() + "/nik").with(csrf())
                        .with(Staff.as(users, "sekretariat.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#nik").text()).isEqualTo("7404015708900003");
        assertThat(jdbc.queryForObject("select what from personal_data_access where request_id = ?", String.class,
                r.getId())).isEqualTo("NIK");
    }

    @Test
    void afterTheRetentionPeriodTheNikAndScansOfAFinishedRequestAreDeleted() throws Exception {
        ConsultationRequest r = butonRequestWithScan("Pemohon Empat");
        service.cancelByApplicant(r.getTrackingToken(), "tidak jadi");
        ConsultationRequest recent = butonRequestWithScan("Pemohon Lima");
        service.cancelByApplicant(recent.getTrackingToken(), "tidak jadi");
        jdbc.update("update consultation_request set closed_at = ? where id = ?",
                OffsetDateTime.ofInstant(TestClock.INSTANCE.instant().minusSeconds(800L * 86_400), ZoneOffset.UTC), r.getId());

        retention.purgeExpired();

        ConsultationRequest purged = requests.findById(r.getId()).orElseThrow();
        assertThat(purged.getApplicant().hasNik()).isFalse();
        assertThat(purged.getPersonalDataPurgedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from request_document_content c join request_document d "
                + "on d.id = c.document_id where d.request_id = ?", Integer.class, r.getId())).isZero();
        mvc.perform(get(documentUrl(r)).with(Staff.as(users, "kadis.buton"))).andExpect(status().isNotFound());
        // the record of the service stays, and a request still inside the period keeps its data
        assertThat(purged.getReceiptNumber()).isNotBlank();
        assertThat(requests.findById(recent.getId()).orElseThrow().getApplicant().hasNik()).isTrue();
    }

    @Test
    void theListShowsOnlyTheOfficesOwnRequestsAndOnlyTheSecretariatRegisters() throws Exception {
        ConsultationRequest r = butonRequestWithScan("Pemohon Enam");
        String babelList = mvc.perform(get("/staf/permohonan").param("q", r.getReceiptNumber())
                        .with(Staff.as(users, "piket.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(babelList).select("tbody").text()).doesNotContain(r.getReceiptNumber());
        String butonList = mvc.perform(get("/staf/permohonan").param("q", r.getReceiptNumber())
                        .with(Staff.as(users, "piket.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(butonList).select("tbody").text()).contains(r.getReceiptNumber());

        for (String who : List.of("petugas.buton", "kadis.buton", "piket.buton")) {
            mvc.perform(post("/staf/permohonan/" + r.getId() + "/daftar").with(csrf()).with(Staff.as(users, who))
                    .param("version", String.valueOf(r.getVersion()))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/staf/permohonan/" + r.getId() + "/daftar").with(csrf()).with(Staff.as(users, "sekretariat.babel"))
                .param("version", String.valueOf(r.getVersion()))).andExpect(status().isNotFound());
        mvc.perform(post("/staf/permohonan/" + r.getId() + "/daftar").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                .param("version", String.valueOf(r.getVersion()))).andExpect(status().is3xxRedirection());
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.RECEIVED);
        // the same form sent again is stale: nothing happens twice
        mvc.perform(post("/staf/permohonan/" + r.getId() + "/daftar").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                .param("version", String.valueOf(r.getVersion()))).andExpect(status().isConflict());
    }
}
