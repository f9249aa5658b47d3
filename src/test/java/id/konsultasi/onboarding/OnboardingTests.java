package id.konsultasi.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.office.Division;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;


/**
 * A new office starts with its public form closed; its administrator's guide says what is missing, opening is refused
 * until the required steps are done, then the form takes requests. Only the office's own administrator and the
 * system administrator see and open it.
 */
@IntegrationTest
class OnboardingTests {

    static final AtomicInteger OFFICES = new AtomicInteger();
    static final String PASSWORD = "rahasia-uji-mulai-123";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    OnboardingGuide guide;

    /** An office the system administrator adds as the page does, and its administrator; returns the office. */
    Office newOffice() throws Exception {
        String code = "uji-mulai-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/sistem/kantor/baru").with(csrf()).with(Staff.as(users, "admin"))
                        .param("code", code).param("name", "Dinas Sosial Kota Mulai " + OFFICES.incrementAndGet())
                        .param("government", "Pemerintah Kota Mulai").param("address", "Jl. Mulai 1")
                        .param("timeZone", "Asia/Makassar").param("workStart", "08:00").param("workEnd", "16:00")
                        .param("receiptPrefix", "MUL"))
                .andExpect(status().is3xxRedirection());
        Office office = offices.findByCode(code).orElseThrow();
        user(office, "admin", Role.OFFICE_ADMIN, null);
        return office;
    }

    StaffUser user(Office office, String prefix, Role role, Long divisionId) {
        return userAdministration.create(Staff.principal(users, "admin"), office.getId(),
                prefix + "." + office.getCode(), PASSWORD,
                new StaffUser.Profile("Pegawai " + role, "Jabatan", null, null, null, null, divisionId), Set.of(role));
    }

    RequestPostProcessor adminOf(Office office) {
        return Staff.as(users, "admin." + office.getCode());
    }

    Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** A complete standard (Buton's words), routed through division heads. */
    void completeStandard(Office office) {
        ServiceStandard.Revision buton = directory.standard(offices.findByCode("buton").orElseThrow().getId());
        Office current = offices.findById(office.getId()).orElseThrow();
        administration.reviseStandard(office.getId(), current.getVersion(), new ServiceStandard.Revision(
                buton.serviceName(), "400/12/SK/2027", buton.requirements(), buton.procedure(), buton.limits(),
                buton.completionTimeNote(), buton.fee(), buton.products(), buton.complaintChannels(),
                buton.complaintNote(), new ServiceStandard.WorkflowSwitches(true, false, false, true, true)));
    }

    /** A whole request sent through the public form as a browser sends it; the address it leads to. */
    RequestBuilder sendForm(Office office) {
        return multipart("/kantor/" + office.getCode() + "/ajukan")
                .file(TestFiles.file("idScan", "ktp.png", TestFiles.png()))
                .with(csrf()).with(TestFiles.freshClient())
                .param("formKey", UUID.randomUUID().toString()).param("applicantType", "PERSON")
                .param("name", "Nurul Hikmah").param("nik", "7404015708900003").param("phone", "085257048204")
                .param("email", "nurul.mulai@contoh.id").param("topic", "Pendampingan korban bencana")
                .param("purpose", "Mengetahui prosedur").param("preferredMode", "ONLINE").param("consent", "true")
                .param("send", "true");
    }

    static List<String> items(Document guide, String step, String list) {
        return guide.select("#step-" + step + " ul." + list + " li").eachText();
    }

    @Test
    void aNewOfficesFormIsClosedAndItsPublicPageSaysSoInBothLanguages() throws Exception {
        Office office = newOffice();
        Document publicPage = page(get("/kantor/" + office.getCode()));
        assertThat(publicPage.select("#form-not-open").text())
                .isEqualTo("Formulir konsultasi daring kantor ini belum dibuka. "
                        + "Silakan datang langsung atau hubungi kantor.");
        assertThat(publicPage.select("#apply")).isEmpty();
        assertThat(page(get("/kantor/" + office.getCode()).param("lang", "en")).select("#form-not-open").text())
                .startsWith("This office has not opened its online consultation form yet.");

        // the form's address, asked for or sent to, says so too: neither a 404 nor a 500, and nothing registered
        assertThat(page(get("/kantor/" + office.getCode() + "/ajukan")).select("#form-closed").text())
                .startsWith("Kantor ini belum membuka formulir konsultasi daring.");
        assertThat(Jsoup.parse(mvc.perform(sendForm(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select("h1").text()).isEqualTo("Formulir belum dibuka");

        // the demo offices stay open
        for (String demo : List.of("buton", "babel")) {
            Document demoPage = page(get("/kantor/" + demo));
            assertThat(demoPage.select("#apply")).hasSize(1);
            assertThat(demoPage.select("#form-not-open")).isEmpty();
        }
        // the system administrator sees it closed on the office's page, with the way to its guide
        Document systemPage = page(get("/sistem/kantor/" + office.getId()).with(Staff.as(users, "admin")));
        assertThat(systemPage.select("#onboarding").text()).contains("Belum dibuka", "Panduan memulai");
    }

    @Test
    void theGuideListsWhatIsMissingAndOpeningWaitsForTheRequiredSteps() throws Exception {
        Office office = newOffice();
        Document guide = page(get("/admin/mulai").with(adminOf(office)));
        assertThat(guide.select(".onboarding-steps > li h3 span:first-child").eachText()).containsExactly(
                "1. Standar pelayanan", "2. Bidang", "3. Ruang rapat", "4. Pegawai", "5. Hari libur",
                "6. Kop dan tanda tangan surat");
        assertThat(guide.select("#step-standard").attr("data-state")).isEqualTo("MISSING");
        assertThat(items(guide, "standard", "missing")).containsExactly(
                "Nomor SK standar pelayanan belum diisi.",
                "Persyaratan belum diisi (masih contoh dari kantor baru).",
                "Prosedur belum diisi (masih contoh dari kantor baru).",
                "Waktu penyelesaian belum diisi sebagai angka (surat jawaban, konsultasi atau tamu langsung).",
                "Produk pelayanan belum diisi (masih contoh dari kantor baru).");
        assertThat(guide.select("#step-standard a").eachAttr("href")).containsExactly("/admin/standar/impor",
                "/admin/standar");
        assertThat(items(guide, "staff", "missing")).containsExactly("Belum ada Kepala Dinas aktif.",
                "Belum ada petugas layanan aktif.");
        assertThat(items(guide, "staff", "advised")).hasSize(2);
        assertThat(guide.select("#step-rooms").attr("data-state")).isEqualTo("OPTIONAL");
        assertThat(guide.select("#step-letterhead").attr("data-state")).isEqualTo("OPTIONAL");
        assertThat(guide.select("#form-state").text()).isEqualTo("Belum dibuka");

        // opening is refused with the list of what is missing; the form stays closed
        // (the page lists it from the flash attribute; the browser journey reads it there, as MockMvc's session
        // is not the application's JDBC session)
        FlashMap flash = mvc.perform(post("/admin/mulai/buka").with(csrf()).with(adminOf(office)))
                .andExpect(redirectedUrl("/admin/mulai")).andReturn().getFlashMap();
        assertThat(flash.get("refused")).isEqualTo(true);
        assertThat(flash.get("flash")).isNull();
        assertThat(offices.findById(office.getId()).orElseThrow().isPublicFormOpen()).isFalse();

        // the standard, the head and an officer: the standard routes through division heads, so not yet
        completeStandard(office);
        StaffUser head = user(office, "kadis", Role.KADIS, null);
        user(office, "petugas", Role.PETUGAS, null);
        guide = page(get("/admin/mulai").with(adminOf(office)));
        assertThat(guide.select("#step-standard").attr("data-state")).isEqualTo("DONE");
        assertThat(items(guide, "divisions", "missing")).containsExactly(
                "Standar menetapkan disposisi melalui Kepala Bidang, tetapi belum ada bidang aktif.");
        assertThat(items(guide, "letterhead", "advised")).contains("NIP atau pangkat " + head.getFullName()
                + " belum diisi.");
        mvc.perform(post("/admin/mulai/buka").with(csrf()).with(adminOf(office)));
        assertThat(offices.findById(office.getId()).orElseThrow().isPublicFormOpen()).isFalse();

        Division division = administration.addDivision(office.getId(), "Bidang Rehabilitasi Sosial");
        assertThat(items(page(get("/admin/mulai").with(adminOf(office))), "staff", "missing"))
                .containsExactly("Bidang Rehabilitasi Sosial belum memiliki Kepala Bidang aktif.");
        user(office, "kabid", Role.KABID, division.getId());
        guide = page(get("/admin/mulai").with(adminOf(office)));
        assertThat(guide.select("ul.missing")).isEmpty();
        assertThat(guide.select("#gate").text()).contains("Semua langkah wajib sudah selesai");

        // now it opens, and the form takes a request
        assertThat(mvc.perform(post("/admin/mulai/buka").with(csrf()).with(adminOf(office)))
                .andExpect(redirectedUrl("/admin/mulai")).andReturn().getFlashMap().get("flash"))
                .isEqualTo("flash.onboarding.opened");
        assertThat(offices.findById(office.getId()).orElseThrow().isPublicFormOpen()).isTrue();
        assertThat(page(get("/kantor/" + office.getCode())).select("#apply")).hasSize(1);
        assertThat(page(get("/kantor/" + office.getCode() + "/ajukan")).select("#step-progress")).hasSize(1);
        assertThat(mvc.perform(sendForm(office)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl()).matches("/lacak/.+/tanda-terima");

        // and closes again
        mvc.perform(post("/admin/mulai/tutup").with(csrf()).with(adminOf(office)))
                .andExpect(redirectedUrl("/admin/mulai"));
        assertThat(page(get("/kantor/" + office.getCode() + "/ajukan")).select("#form-closed")).hasSize(1);
    }

    @Test
    void onlyTheOfficesOwnAdministratorAndTheSystemAdministratorOpenIt() throws Exception {
        Office office = newOffice();
        completeStandard(office);
        user(office, "kadis", Role.KADIS, null);
        user(office, "petugas", Role.PETUGAS, null);
        user(office, "kabid", Role.KABID, administration.addDivision(office.getId(), "Bidang Uji").getId());

        // another office's administrator has only their own guide, and no way to the system's
        mvc.perform(get("/sistem/kantor/" + office.getId() + "/mulai").with(Staff.as(users, "admin.buton")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sistem/kantor/" + office.getId() + "/mulai/buka").with(csrf())
                .with(Staff.as(users, "admin.buton"))).andExpect(status().isForbidden());
        Document butonGuide = page(get("/admin/mulai").with(Staff.as(users, "admin.buton")));
        assertThat(butonGuide.select("#form-state").text()).isEqualTo("Terbuka");
        assertThat(butonGuide.text()).doesNotContain(office.getName());
        // staff other than the administrator have no guide
        mvc.perform(get("/admin/mulai").with(Staff.as(users, "kadis." + office.getCode())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mulai/buka").with(csrf()).with(Staff.as(users, "kadis." + office.getCode())))
                .andExpect(status().isForbidden());
        assertThat(offices.findById(office.getId()).orElseThrow().isPublicFormOpen()).isFalse();

        // the system administrator reads any office's guide (without the office's own links) and opens it
        Document guide = page(get("/sistem/kantor/" + office.getId() + "/mulai").with(Staff.as(users, "admin")));
        assertThat(guide.select("h1").text()).isEqualTo("Panduan memulai");
        assertThat(guide.text()).contains(office.getName());
        assertThat(guide.select(".onboarding-steps a")).isEmpty();
        mvc.perform(get("/sistem/kantor/999999/mulai").with(Staff.as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/sistem/kantor/999999/mulai/buka").with(csrf()).with(Staff.as(users, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sistem/kantor/" + office.getId() + "/mulai/buka").with(csrf())
                        .with(Staff.as(users, "admin")))
                .andExpect(redirectedUrl("/sistem/kantor/" + office.getId() + "/mulai"));
        assertThat(offices.findById(office.getId()).orElseThrow().isPublicFormOpen()).isTrue();
    }

    @Test
    void theAdministratorFindsTheGuideFirstInTheMenuAndOnTheStaffHome() throws Exception {
        Document home = page(get("/staf").with(Staff.as(users, "admin.buton")));
        assertThat(home.select("a[href=/admin/mulai]")).isNotEmpty();
        assertThat(home.select("nav a[href^=/admin/]").first().attr("href")).isEqualTo("/admin/mulai");
        Document english = page(get("/admin/mulai").param("lang", "en").with(Staff.as(users, "admin.babel")));
        assertThat(english.select("h1").text()).isEqualTo("Getting started");
        assertThat(english.select("#form-state").text()).isEqualTo("Open");
        assertThat(english.select("#step-standard .step-state").text()).isEqualTo("Done");
    }

    @Test
    void theGuideReadsAFixedNumberOfStatementsWhateverTheStaff() throws Exception {
        Office office = newOffice();
        completeStandard(office);
        Division division = administration.addDivision(office.getId(), "Bidang Satu");
        user(office, "kadis", Role.KADIS, null);
        user(office, "kabid", Role.KABID, division.getId());
        guide.checklist(office.getId()); // the office and its calendar kept in memory, as on any later view
        int few = QueryCounter.count(() -> guide.checklist(office.getId())).statements().size();
        for (int i = 0; i < 4; i++) {
            user(office, "petugas" + i, Role.PETUGAS, null);
            user(office, "kabid" + i, Role.KABID, administration.addDivision(office.getId(), "Bidang " + i).getId());
        }
        assertThat(QueryCounter.count(() -> guide.checklist(office.getId())).statements()).hasSize(few);
    }
}
