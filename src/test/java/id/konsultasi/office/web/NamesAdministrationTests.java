package id.konsultasi.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.office.StaffNames;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 18 (names): the office administrator names the office's units and roles as its standard does; the names show
 * on staff and public pages as typed, in both languages; blank is the bundle's word; nobody else edits them.
 */
@IntegrationTest
class NamesAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    StaffUsers staffUsers;

    /** Buton names nothing of its own (the demo data): put it back after each test. */
    @AfterEach
    void butonNamesNothing() {
        Office buton = offices.findByCode("buton").orElseThrow();
        administration.nameStaff(buton.getId(), buton.getVersion(), StaffNames.NONE, false);
    }

    MockHttpServletRequestBuilder names(String who, String code, String secretariat, String dutyDesk) {
        return post("/admin/sebutan").with(csrf()).with(Staff.as(users, who))
                .param("version", String.valueOf(offices.findByCode(code).orElseThrow().getVersion()))
                .param("secretariat", secretariat).param("dutyDesk", dutyDesk).param("head", "")
                .param("divisionHead", "");
    }

    Document page(String url, String who) throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(Staff.as(users, who));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void bangkaBelitungsPagesUseItsStandardsWords() throws Exception {
        Document form = page("/admin/sebutan", "admin.babel");
        assertThat(form.select("input[name=secretariat]").val()).isEqualTo("Tim PKD");
        assertThat(form.select("input[name=dutyDesk]").val()).isEqualTo("Sekretariat Dinas");
        assertThat(form.select("input[name=complaintsInAgendaBook]").hasAttr("checked")).isTrue();

        assertThat(page("/kantor/babel", null).select("#walk-in-desk").text())
                .isEqualTo("Bila datang langsung, laporkan diri kepada Sekretariat Dinas.");
        assertThat(page("/staf/agenda", "sekretariat.babel").select("#agenda-kept-by").text())
                .isEqualTo("Diagendakan oleh Tim PKD.");
        assertThat(page("/staf", "sekretariat.babel").select("h2").eachText()).contains("Tim PKD");
        assertThat(page("/staf/piket", "piket.babel").select("#board-desk").text())
                .isEqualTo("Tempat tamu melapor: Sekretariat Dinas");
        // a user's roles are named as the user's office names them, also for the system administrator
        long secretary = staffUsers.findByUsername("sekretariat.babel").orElseThrow().getId();
        for (String who : new String[] {"admin.babel", "admin"}) {
            assertThat(page("/admin/pengguna/" + secretary, who).select("label.form-check-label").eachText())
                    .as(who).contains("Tim PKD", "Sekretariat Dinas");
        }
        assertThat(page("/admin/pengguna?q=sekretariat.babel", "admin").select("td .badge").eachText())
                .contains("Tim PKD");
    }

    @Test
    void namesTheAdministratorTypesShowAsTypedInBothLanguagesAndBlankIsTheDefaultWord() throws Exception {
        assertThat(page("/kantor/buton", null).select("#walk-in-desk").text())
                .isEqualTo("Bila datang langsung, laporkan diri kepada petugas piket.");
        assertThat(page("/kantor/buton?lang=en", null).select("#walk-in-desk").text())
                .isEqualTo("If you come in person, report to the duty desk.");

        mvc.perform(names("admin.buton", "buton", " Bagian Umum ", "Meja Informasi"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/sebutan"));

        assertThat(page("/kantor/buton", null).select("#walk-in-desk").text())
                .isEqualTo("Bila datang langsung, laporkan diri kepada Meja Informasi.");
        assertThat(page("/kantor/buton?lang=en", null).select("#walk-in-desk").text())
                .isEqualTo("If you come in person, report to Meja Informasi.");
        assertThat(page("/staf/agenda", "sekretariat.buton").select("#agenda-kept-by").text())
                .isEqualTo("Diagendakan oleh Bagian Umum.");
        assertThat(page("/staf/agenda?lang=en", "sekretariat.buton").select("#agenda-kept-by").text())
                .isEqualTo("Registered by Bagian Umum.");
        // each looked up by name: other classes add users, so the demo staff need not be on the first page
        assertThat(page("/admin/pengguna?q=sekretariat.buton", "admin.buton").select("td .badge").eachText())
                .contains("Bagian Umum");
        assertThat(page("/admin/pengguna?q=piket.buton", "admin.buton").select("td .badge").eachText())
                .contains("Meja Informasi").doesNotContain("Petugas piket");

        mvc.perform(names("admin.buton", "buton", "", "")).andExpect(status().is3xxRedirection());
        assertThat(page("/staf/agenda?lang=en", "sekretariat.buton").select("#agenda-kept-by").text())
                .isEqualTo("Registered by the secretariat.");
        assertThat(offices.findByCode("buton").orElseThrow().getNames().getSecretariat()).isNull();
    }

    @Test
    void aNameTooLongComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        String tooLong = "Unit ".repeat(30);
        Document page = Jsoup.parse(mvc.perform(names("admin.buton", "buton", tooLong, "Meja Informasi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#secretariat-error").text()).isEqualTo("Panjangnya harus antara 0 dan 100 karakter.");
        assertThat(page.select("input[name=secretariat]").val()).isEqualTo(tooLong);
        assertThat(page.select("input[name=dutyDesk]").val()).isEqualTo("Meja Informasi");
        assertThat(offices.findByCode("buton").orElseThrow().getNames().getDutyDesk()).isNull();
    }

    @Test
    void anAdministratorNamesOnlyTheirOwnOfficeAndNobodyElseEditsTheNames() throws Exception {
        mvc.perform(names("admin.buton", "buton", "Bagian Umum", "")).andExpect(status().is3xxRedirection());
        Office babel = offices.findByCode("babel").orElseThrow();
        assertThat(babel.getNames().getSecretariat()).as("another office's names stay").isEqualTo("Tim PKD");
        assertThat(babel.isComplaintsInAgendaBook()).isTrue();

        mvc.perform(get("/admin/sebutan").with(Staff.as(users, "sekretariat.babel"))).andExpect(status().isForbidden());
        mvc.perform(names("kadis.babel", "babel", "Tim Lain", "")).andExpect(status().isForbidden());
        mvc.perform(names("admin", "babel", "Tim Lain", "")).andExpect(status().isForbidden());
        assertThat(offices.findByCode("babel").orElseThrow().getNames().getSecretariat()).isEqualTo("Tim PKD");
    }

    @Test
    void aStaleFormIsAConflict() throws Exception {
        long version = offices.findByCode("buton").orElseThrow().getVersion();
        mvc.perform(names("admin.buton", "buton", "Bagian Umum", "")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/sebutan").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("version", String.valueOf(version)).param("secretariat", "Lain"))
                .andExpect(status().isConflict());
    }
}
