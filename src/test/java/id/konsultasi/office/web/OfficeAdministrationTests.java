package id.konsultasi.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.office.Requirement;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An office administrator edits the standard, the profile and the holidays; the public page and the
 * deadlines follow; bad input comes back with its message and nothing typed is lost.
 */
@IntegrationTest
class OfficeAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    /** A test office of its own, so that changing its standard disturbs no other test. */
    Office testOffice(String code) {
        return offices.findByCode(code).orElseGet(() -> {
            Office babel = offices.findByCode("babel").orElseThrow();
            return administration.createOffice(code, babel.profile().named("Dinas Uji " + code), directory.standard(babel.getId()));
        });
    }

    /** The standard form as a browser sends it; {@code overrides} replace single fields. */
    MockHttpServletRequestBuilder standardForm(Office office, String... overrides) {
        ServiceStandard.Revision r = directory.standard(office.getId());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", String.valueOf(office.getVersion()));
        fields.put("serviceName", "Layanan Konsultasi Publik");
        fields.put("decreeNumber", "99/SK/2027");
        // a list pasted in one box becomes one requirement per line
        fields.put("requirements[0].text", "1. Materi konsultasi\n2. Nomor telepon\n\n");
        fields.put("requirements[0].appliesTo", "EVERYONE");
        fields.put("requirements[1].text", "");
        fields.put("requirements[1].appliesTo", "EVERYONE");
        fields.put("procedure", String.join("\n", r.procedure()));
        fields.put("answerLetterWorkingDays", "2");
        fields.put("consultationWorkingDays", "");
        fields.put("walkInMinutes", "45");
        fields.put("fee", "Tidak dipungut biaya");
        fields.put("products", "Saran dan rekomendasi");
        fields.put("channels[0].kind", "EMAIL");
        fields.put("channels[0].value", "pengaduan@contoh.go.id");
        fields.put("channels[1].kind", "");
        fields.put("channels[1].value", "");
        fields.put("dispositionViaDivision", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/standar").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theAdministratorRevisesTheStandardAndThePublicPageShowsIt() throws Exception {
        Office office = testOffice("uji-standar");
        // the test office has no administrator of its own: act as one through the service, check the page
        administration.reviseStandard(office.getId(), office.getVersion(), new ServiceStandard.Revision(
                "Layanan Konsultasi Publik", "99/SK/2027", Requirement.forEveryone(java.util.List.of("Materi konsultasi",
                "Nomor telepon")),
                directory.standard(office.getId()).procedure(), new ServiceStandard.TimeLimits(2, null, 45), null,
                "Tidak dipungut biaya", java.util.List.of("Saran dan rekomendasi"), java.util.List.of(),
                null, new ServiceStandard.WorkflowSwitches(true, false, false, false, true)));
        Document page = Jsoup.parse(mvc.perform(get("/kantor/uji-standar")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.text()).contains("99/SK/2027", "Layanan Konsultasi Publik");
        assertThat(page.select("#c-requirements ~ ol li").eachText()).containsExactly("Materi konsultasi", "Nomor telepon");
        assertThat(page.select("#c-time ~ ul li")).hasSize(2);
    }

    @Test
    void theFormSavesThroughTheBrowserPathAndStripsNumbering() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        ServiceStandard.Revision before = directory.standard(babel.getId());
        try {
            mvc.perform(standardForm(babel).with(Staff.as(users, "admin.babel")))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/standar"));
            Office saved = offices.findByCode("babel").orElseThrow();
            ServiceStandard.Revision after = directory.standard(saved.getId());
            assertThat(after.requirements()).containsExactlyElementsOf(Requirement.forEveryone(
                    java.util.List.of("Materi konsultasi", "Nomor telepon")));
            assertThat(after.limits()).isEqualTo(new ServiceStandard.TimeLimits(2, null, 45));
            assertThat(after.complaintChannels()).hasSize(1);
            assertThat(saved.getVersion()).isGreaterThan(babel.getVersion());
        } finally {
            restoreBabel(before);
        }
    }

    @Test
    void aStaleFormIsRefusedWithA409AndChangesNothing() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        String body = mvc.perform(standardForm(babel, "version", String.valueOf(babel.getVersion() - 1))
                        .with(Staff.as(users, "admin.babel")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Data ini baru saja diubah");
        assertThat(directory.standard(offices.findByCode("babel").orElseThrow().getId()).decreeNumber())
                .isEqualTo("188.4/47/DINSOSPMD/2023");
    }

    @Test
    void invalidInputComesBackWithMessagesBesideTheFieldsAndEverythingTyped() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        String body = mvc.perform(standardForm(babel, "serviceName", "", "walkInMinutes", "0", "answerLetterWorkingDays", "abc",
                        "channels[1].kind", "WHATSAPP", "channels[1].value", "")
                        .with(Staff.as(users, "admin.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(body);
        assertThat(form.select("#serviceName").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#serviceName ~ .invalid-feedback").text()).isEqualTo("Wajib diisi.");
        assertThat(form.select("#walkInMinutes").val()).isEqualTo("0");
        assertThat(form.select("#walkInMinutes ~ .invalid-feedback").text()).isEqualTo("Paling kecil 1.");
        // a browser's number field sends no letters; should anything else send them, the message is clear
        assertThat(form.select("#answerLetterWorkingDays ~ .invalid-feedback").text()).isEqualTo("Tulis angka bulat.");
        assertThat(form.text()).contains("Isi jenis dan keterangan saluran, atau kosongkan keduanya.");
        assertThat(form.select("#decreeNumber").val()).isEqualTo("99/SK/2027");
        assertThat(form.select("#requirements0\\.text").val()).contains("Materi konsultasi");
        assertThat(form.select("#channels0\\.value").val()).isEqualTo("pengaduan@contoh.go.id");
        assertThat(directory.standard(offices.findByCode("babel").orElseThrow().getId()).decreeNumber())
                .isEqualTo("188.4/47/DINSOSPMD/2023");
    }

    /** Bangka Belitung's standard as it was before a test changed it. */
    void restoreBabel(ServiceStandard.Revision before) {
        Office current = offices.findByCode("babel").orElseThrow();
        administration.reviseStandard(current.getId(), current.getVersion(), before);
    }

    /** The requirement rows of a settings page, as "text = applies to". */
    static List<String> requirementRows(Document page) {
        return page.select(".requirement-row").stream().filter(row -> !row.select("textarea").val().isBlank())
                .map(row -> row.select("textarea").val() + " = " + row.select("select option[selected]").val())
                .toList();
    }

    @Test
    void theAdministratorMarksWhomEachRequirementApplies() throws Exception {
        Document buton = Jsoup.parse(mvc.perform(get("/admin/standar").with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(requirementRows(buton)).contains("Materi konsultasi yang diminta secara jelas = EVERYONE",
                "Registrasi tamu ke piket tamu = IN_PERSON",
                "Membawa surat permohonan dari pimpinan institusi / lembaga swadaya masyarakat / partai politik / badan "
                        + "publik lainnya = INSTITUTIONS");
        assertThat(buton.select("label[for=requirements4.appliesTo]").text()).isEqualTo("Persyaratan 5 berlaku untuk");
        assertThat(buton.select("#requirements4\\.appliesTo option").eachText()).containsExactly("Semua pemohon",
                "Hanya yang datang langsung atau menyerahkan surat", "Hanya pemohon yang mewakili institusi");
        Document english = Jsoup.parse(mvc.perform(get("/admin/standar").param("lang", "en")
                        .with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#requirements4\\.appliesTo option[selected]").text())
                .isEqualTo("Only those who come in person or hand in a letter");

        Office babel = offices.findByCode("babel").orElseThrow();
        long butonId = offices.findByCode("buton").orElseThrow().getId();
        ServiceStandard.Revision before = directory.standard(babel.getId());
        ServiceStandard.Revision butonBefore = directory.standard(butonId);
        try {
            mvc.perform(standardForm(babel, "requirements[1].text", "Registrasi di Sekretariat Dinas",
                            "requirements[1].appliesTo", "IN_PERSON", "requirements[2].text", "Surat dari pimpinan institusi",
                            "requirements[2].appliesTo", "INSTITUTIONS").with(Staff.as(users, "admin.babel")))
                    .andExpect(status().is3xxRedirection());
            assertThat(directory.standard(babel.getId()).requirements()).containsExactly(
                    new Requirement("Materi konsultasi", Requirement.AppliesTo.EVERYONE),
                    new Requirement("Nomor telepon", Requirement.AppliesTo.EVERYONE),
                    new Requirement("Registrasi di Sekretariat Dinas", Requirement.AppliesTo.IN_PERSON),
                    new Requirement("Surat dari pimpinan institusi", Requirement.AppliesTo.INSTITUTIONS));
            Document saved = Jsoup.parse(mvc.perform(get("/admin/standar").with(Staff.as(users, "admin.babel")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(requirementRows(saved)).containsExactly("Materi konsultasi = EVERYONE",
                    "Nomor telepon = EVERYONE", "Registrasi di Sekretariat Dinas = IN_PERSON",
                    "Surat dari pimpinan institusi = INSTITUTIONS");
            assertThat(saved.select(".requirement-row")).hasSize(8);

            Document page = Jsoup.parse(mvc.perform(get("/kantor/babel")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(page.select("#c-requirements ~ ol li").eachText()).containsExactly("Materi konsultasi",
                    "Nomor telepon", "Registrasi di Sekretariat Dinas (hanya bila datang langsung)",
                    "Surat dari pimpinan institusi (hanya untuk institusi)");
            String form = mvc.perform(get("/kantor/babel/ajukan")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(form).select("#requirements li").eachText()).containsExactly("Materi konsultasi",
                    "Nomor telepon", "Surat dari pimpinan institusi (hanya untuk institusi)");

            // Bangka Belitung's administrator changed Bangka Belitung's standard only; an officer changes none
            assertThat(directory.standard(butonId)).isEqualTo(butonBefore);
            Office butonOffice = offices.findByCode("buton").orElseThrow();
            mvc.perform(standardForm(butonOffice).with(Staff.as(users, "petugas.buton")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/standar").with(Staff.as(users, "kadis.buton"))).andExpect(status().isForbidden());
            assertThat(directory.standard(butonId)).isEqualTo(butonBefore);
        } finally {
            restoreBabel(before);
        }
    }

    @Test
    void aRequirementRefusedComesBackWithWhomItAppliesTo() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        String tooLong = "Registrasi " + "x".repeat(1000);
        Document form = Jsoup.parse(mvc.perform(standardForm(babel, "requirements[1].text", tooLong,
                        "requirements[1].appliesTo", "IN_PERSON").with(Staff.as(users, "admin.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#requirements1\\.text").val()).isEqualTo(tooLong);
        assertThat(form.select("#requirements1\\.text").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#requirements1\\.appliesTo option[selected]").val()).isEqualTo("IN_PERSON");
        assertThat(form.text()).contains("Setiap baris paling panjang 1000 karakter.");

        Document none = Jsoup.parse(mvc.perform(standardForm(babel, "requirements[0].text", " ",
                        "requirements[0].appliesTo", "INSTITUTIONS").with(Staff.as(users, "admin.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(none.select("#anyRequirement-error").text()).isEqualTo("Tulis paling sedikit satu persyaratan.");
        assertThat(none.select("#requirements0\\.appliesTo option[selected]").val()).isEqualTo("INSTITUTIONS");
        assertThat(none.select(".requirement-row")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(directory.standard(babel.getId()).decreeNumber()).isEqualTo("188.4/47/DINSOSPMD/2023");
    }

    /** A requirement stored before requirements said whom they apply to is everyone's, as it was. */
    @Test
    void aRequirementStoredBeforeTheMarkersStillDisplaysForEveryone() throws Exception {
        Office office = testOffice("uji-syarat-lama");
        jdbc.update("INSERT INTO office_requirement (office_id, position, text) "
                + "SELECT ?, max(position) + 1, 'Persyaratan dari standar lama' FROM office_requirement WHERE office_id = ?",
                office.getId(), office.getId());
        administration.setActive(office.getId(), false); // as any change of the office, the directory reads it again
        administration.setActive(office.getId(), true);
        Document page = Jsoup.parse(mvc.perform(get("/kantor/uji-syarat-lama")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("#c-requirements ~ ol li").eachText()).endsWith("Persyaratan dari standar lama");
        Document form = Jsoup.parse(mvc.perform(get("/kantor/uji-syarat-lama/ajukan")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("#requirements li").eachText()).endsWith("Persyaratan dari standar lama");
        assertThat(directory.standard(office.getId()).requirements()).last()
                .isEqualTo(new Requirement("Persyaratan dari standar lama", Requirement.AppliesTo.EVERYONE));
    }

    /** The internal components page as a browser sends it; {@code overrides} replace single fields. */
    static MockHttpServletRequestBuilder internalForm(Office office, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", String.valueOf(office.getVersion()));
        for (InternalComponent component : InternalComponent.values()) {
            fields.put("items[" + component + "]", "");
        }
        fields.put("pledge", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/standar/internal").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theAdministratorKeepsTheInternalComponentsAndThePublicPageShowsOnlyThePledge() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        long butonId = offices.findByCode("buton").orElseThrow().getId();
        InternalComponents babelBefore = directory.storedInternalComponents(babel.getId());
        String pledgeBefore = babel.getPledge();
        InternalComponents butonBefore = directory.storedInternalComponents(butonId);
        String butonPledge = offices.findByCode("buton").orElseThrow().getPledge();
        Document shown = Jsoup.parse(mvc.perform(get("/admin/standar/internal").with(Staff.as(users, "admin.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(shown.select("#itemsLEGAL_BASIS").val()).contains("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik");
        assertThat(shown.select("#pledge").val()).startsWith("Dengan ini, kami menyatakan sanggup");
        try {
            mvc.perform(internalForm(babel, "items[LEGAL_BASIS]", "1. Peraturan Gubernur Nomor 9 Tahun 2027\n2. SK Kepala Dinas",
                            "items[STAFF_NUMBER]", "4 (empat) orang", "pledge", "Kami berjanji melayani dengan sepenuh hati.\n\n"
                                    + "Kepala Dinas")
                            .with(Staff.as(users, "admin.babel")))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/standar/internal"));
            Document saved = Jsoup.parse(mvc.perform(get("/admin/standar/internal").with(Staff.as(users, "admin.babel")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(saved.select("#itemsLEGAL_BASIS").val())
                    .isEqualTo("Peraturan Gubernur Nomor 9 Tahun 2027\nSK Kepala Dinas");
            assertThat(saved.select("#itemsSTAFF_NUMBER").val()).isEqualTo("4 (empat) orang");
            assertThat(saved.select("#itemsFACILITIES").val()).isEmpty();
            assertThat(saved.select("#pledge").val()).isEqualTo("Kami berjanji melayani dengan sepenuh hati.\n\nKepala Dinas");

            Document page = Jsoup.parse(mvc.perform(get("/kantor/babel")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(page.select(".service-pledge p").eachText())
                    .containsExactly("Kami berjanji melayani dengan sepenuh hati.", "Kepala Dinas");
            assertThat(page.text()).doesNotContain("Peraturan Gubernur Nomor 9 Tahun 2027", "4 (empat) orang");

            // a form shown before that save is refused and changes nothing
            mvc.perform(internalForm(babel, "pledge", "Lama").with(Staff.as(users, "admin.babel")))
                    .andExpect(status().isConflict());
            // other staff of the office change nothing; Buton's administrator changes Buton's only
            mvc.perform(get("/admin/standar/internal").with(Staff.as(users, "kadis.babel")))
                    .andExpect(status().isForbidden());
            mvc.perform(internalForm(offices.findByCode("babel").orElseThrow(), "pledge", "Bukan janji kami")
                    .with(Staff.as(users, "sekretariat.babel"))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/standar/internal").with(Staff.as(users, "admin"))).andExpect(status().isForbidden());
            assertThat(offices.findByCode("babel").orElseThrow().getPledge())
                    .isEqualTo("Kami berjanji melayani dengan sepenuh hati.\n\nKepala Dinas");
            assertThat(directory.storedInternalComponents(butonId)).isEqualTo(butonBefore);
            assertThat(offices.findByCode("buton").orElseThrow().getPledge()).isEqualTo(butonPledge);

            // without a pledge the public page has no pledge heading at all
            Office current = offices.findByCode("babel").orElseThrow();
            mvc.perform(internalForm(current, "pledge", "  \n ").with(Staff.as(users, "admin.babel")))
                    .andExpect(status().is3xxRedirection());
            Document none = Jsoup.parse(mvc.perform(get("/kantor/babel")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(none.select("#pledge, .service-pledge")).isEmpty();
            assertThat(none.text()).doesNotContain("Maklumat");
        } finally {
            Office current = offices.findByCode("babel").orElseThrow();
            administration.reviseInternalComponents(current.getId(), current.getVersion(), babelBefore, pledgeBefore);
        }
    }

    @Test
    void anOfficeHolidayMovesThatOfficesDeadlinesOnly() throws Exception {
        Office buton = offices.findByCode("buton").orElseThrow();
        Office babel = offices.findByCode("babel").orElseThrow();
        // Monday 7 December 2026, 09:00 UTC+8
        Instant monday = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, buton.zone()).toInstant();
        assertThat(calendar.forOffice(buton).workingDaysAfter(monday, 1).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 8));
        mvc.perform(post("/admin/libur").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("date", "2026-12-08").param("name", "Libur daerah uji").param("kind", "LOCAL"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/libur?tahun=2026"));
        try {
            assertThat(calendar.forOffice(buton).workingDaysAfter(monday, 1).toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 9));
            assertThat(calendar.forOffice(babel).workingDaysAfter(monday, 1).toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 8));

            String again = mvc.perform(post("/admin/libur").with(csrf()).with(Staff.as(users, "admin.buton"))
                            .param("date", "2026-12-08").param("name", "Dobel").param("kind", "LOCAL"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(again).contains("Tanggal ini sudah tercatat sebagai hari libur.");
            String list = mvc.perform(get("/admin/libur").param("tahun", "2026").with(Staff.as(users, "admin.buton")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).contains("Libur daerah uji", "Hari Lahir Pancasila");
        } finally {
            // the week of the tests' clock: a holiday left on its Tuesday moved other classes' deadlines and
            // reminders (RemindersTests failed when it ran after this class)
            Long holiday = jdbc.queryForObject("select id from holiday where office_id = ? and day = date '2026-12-08'",
                    Long.class, buton.getId());
            administration.removeHoliday(buton.getId(), holiday);
        }
    }

    @Test
    void theSystemAdministratorEntersNextYearsNationalList() throws Exception {
        mvc.perform(post("/sistem/libur").with(csrf()).with(Staff.as(users, "admin"))
                        .param("date", "2027-01-01").param("name", "Tahun Baru 2027 Masehi").param("kind", "NATIONAL"))
                .andExpect(status().is3xxRedirection());
        Office babel = offices.findByCode("babel").orElseThrow();
        Instant thursday = ZonedDateTime.of(2026, 12, 31, 10, 0, 0, 0, babel.zone()).toInstant();
        assertThat(calendar.forOffice(babel).workingDaysAfter(thursday, 1).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theSystemAdministratorAddsAnOfficeWithItsProfile() throws Exception {
        String body = mvc.perform(post("/sistem/kantor/baru").with(csrf()).with(Staff.as(users, "admin"))
                        .param("code", "Bukan Kode").param("name", "").param("government", "Pemerintah Kota Uji")
                        .param("address", "Jl. Uji 1").param("timeZone", "Asia/Jayapura")
                        .param("workStart", "16:00").param("workEnd", "08:00").param("receiptPrefix", "UJI"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(body);
        assertThat(form.select("#code ~ .invalid-feedback").text()).contains("huruf kecil");
        assertThat(form.text()).contains("Jam buka harus lebih awal dari jam tutup.");
        assertThat(form.select("#government").val()).isEqualTo("Pemerintah Kota Uji");

        mvc.perform(post("/sistem/kantor/baru").with(csrf()).with(Staff.as(users, "admin"))
                        .param("code", "kota-uji").param("name", "Dinas Sosial Kota Uji")
                        .param("government", "Pemerintah Kota Uji").param("address", "Jl. Uji 1")
                        .param("timeZone", "Asia/Jayapura").param("workStart", "07:30").param("workEnd", "16:00")
                        .param("receiptPrefix", "UJI"))
                .andExpect(status().is3xxRedirection());
        Office created = offices.findByCode("kota-uji").orElseThrow();
        assertThat(created.getZoneAbbreviation()).isEqualTo("WIT");
        mvc.perform(get("/kantor/kota-uji")).andExpect(status().isOk());
    }
}
