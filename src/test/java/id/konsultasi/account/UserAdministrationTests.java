package id.konsultasi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.konsultasi.demo.DemoData;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Office administrators create users, change roles, reset passwords and deactivate accounts. */
@IntegrationTest
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffUsers staffUsers;

    @Test
    void everyDemoUserSignsInWithTheDemoPassword() throws Exception {
        for (String office : new String[]{"buton", "babel"}) {
            for (String role : new String[]{"admin", "piket", "sekretariat", "kadis", "kabid", "petugas"}) {
                mvc.perform(formLogin("/masuk").user(role + "." + office).password(DemoData.PASSWORD))
                        .andExpect(authenticated().withUsername(role + "." + office))
                        .andExpect(redirectedUrl("/staf"));
            }
        }
        mvc.perform(formLogin("/masuk").user("admin").password(DemoData.PASSWORD))
                .andExpect(authenticated().withRoles("SYSTEM_ADMIN"));
        mvc.perform(formLogin("/masuk").user("kadis.buton").password("salah"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/masuk?gagal"));
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "Rina.Buton").param("password", "sandi-awal-rina")
                        .param("fullName", "Rina Wulandari").param("position", "Penyuluh Sosial")
                        .param("email", "rina@contoh.go.id").param("roles", "PETUGAS", "PIKET"))
                .andExpect(status().is3xxRedirection());
        StaffUser rina = staffUsers.findByUsername("rina.buton").orElseThrow();
        assertThat(rina.getRoles()).containsExactlyInAnyOrder(Role.PETUGAS, Role.PIKET);
        assertThat(rina.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("sandi-awal-rina");
        mvc.perform(formLogin("/masuk").user("rina.buton").password("sandi-awal-rina"))
                .andExpect(authenticated().withRoles("PETUGAS", "PIKET"));
    }

    @Test
    void badInputIsExplainedAndKept() throws Exception {
        String body = mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "kadis.buton").param("password", "pendek")
                        .param("fullName", "Orang Baru").param("email", "bukan-email")
                        .param("roles", "KABID"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(body);
        assertThat(form.select("#email ~ .invalid-feedback").text()).isEqualTo("Alamat e-mail tidak valid.");
        assertThat(form.select("#fullName").val()).isEqualTo("Orang Baru");

        body = mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "kadis.buton").param("password", "cukup-panjang-1")
                        .param("fullName", "Orang Baru").param("roles", "PETUGAS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("#username ~ .invalid-feedback").text())
                .isEqualTo("Nama pengguna ini sudah dipakai.");

        body = mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "kabid.tanpa.bidang").param("password", "cukup-panjang-1")
                        .param("fullName", "Kabid Tanpa Bidang").param("roles", "KABID"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Kepala Bidang harus memimpin satu bidang: pilih bidangnya.");
        assertThat(staffUsers.findByUsername("kabid.tanpa.bidang")).isEmpty();
    }

    @Test
    void aSignatoryHasARankUnderTheNameWhichTheAdministratorEditsInBothLanguages() throws Exception {
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "pejabat.buton").param("password", "sandi-awal-pejabat")
                        .param("fullName", "Drs. La Ode Pejabat").param("nip", "196805121993031007")
                        .param("rank", "Pembina Utama Muda, IV/c").param("roles", "PETUGAS"))
                .andExpect(status().is3xxRedirection());
        StaffUser official = staffUsers.findByUsername("pejabat.buton").orElseThrow();
        assertThat(official.getRank()).isEqualTo("Pembina Utama Muda, IV/c");
        Document edit = Jsoup.parse(mvc.perform(get("/admin/pengguna/" + official.getId())
                        .with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(edit.select("#rank").val()).isEqualTo("Pembina Utama Muda, IV/c");
        assertThat(edit.select("label[for=rank]").text()).isEqualTo("Pangkat/golongan");

        String tooLong = "Pembina ".repeat(13);
        for (String[] language : new String[][]{{"id", "Pangkat/golongan paling panjang 100 karakter."},
                {"en", "The rank and grade have at most 100 characters."}}) {
            String body = mvc.perform(post("/admin/pengguna/" + official.getId()).with(csrf())
                            .with(Staff.as(users, "admin.buton")).param("lang", language[0])
                            .param("version", String.valueOf(official.getVersion())).param("username", "pejabat.buton")
                            .param("fullName", "Drs. La Ode Pejabat").param("rank", tooLong).param("roles", "PETUGAS"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document form = Jsoup.parse(body);
            assertThat(form.select("#rank ~ .invalid-feedback").text()).isEqualTo(language[1]);
            assertThat(form.select("#rank").val()).isEqualTo(tooLong);
        }
        assertThat(staffUsers.findByUsername("pejabat.buton").orElseThrow().getRank()).isEqualTo("Pembina Utama Muda, IV/c");
    }

    @Test
    void aDeactivatedUserCannotSignInAndAResetPasswordWorks() throws Exception {
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.babel"))
                .param("username", "sementara.babel").param("password", "sandi-sementara-1")
                .param("fullName", "Pegawai Sementara").param("roles", "PETUGAS"));
        long id = staffUsers.findByUsername("sementara.babel").orElseThrow().getId();

        mvc.perform(post("/admin/pengguna/" + id + "/kata-sandi").with(csrf()).with(Staff.as(users, "admin.babel"))
                        .param("password", "pendek"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/pengguna/" + id + "/kata-sandi").with(csrf()).with(Staff.as(users, "admin.babel"))
                        .param("password", "sandi-baru-sekali"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/masuk").user("sementara.babel").password("sandi-baru-sekali")).andExpect(authenticated());

        mvc.perform(post("/admin/pengguna/" + id + "/status").with(csrf()).with(Staff.as(users, "admin.babel"))
                        .param("active", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/masuk").user("sementara.babel").password("sandi-baru-sekali"))
                .andExpect(unauthenticated());
    }

    @Test
    void nobodyDeactivatesThemselvesOrBecomesSystemAdministrator() throws Exception {
        long self = staffUsers.findByUsername("admin.buton").orElseThrow().getId();
        mvc.perform(post("/admin/pengguna/" + self + "/status").with(csrf()).with(Staff.as(users, "admin.buton"))
                .param("active", "false")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("username", "calon.sysadmin").param("password", "cukup-panjang-1")
                        .param("fullName", "Calon").param("roles", "SYSTEM_ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(staffUsers.findByUsername("calon.sysadmin")).isEmpty();
        assertThat(staffUsers.findByUsername("admin.buton").orElseThrow().isActive()).isTrue();
    }

    @Test
    void theUserListIsPaginatedAndSearchable() throws Exception {
        String prefix = "hal" + Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 27; i++) {
            mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.babel"))
                            .param("username", prefix + "." + i).param("password", "sandi-cukup-panjang")
                            .param("fullName", "Petugas Halaman " + i).param("roles", "PETUGAS"))
                    .andExpect(status().is3xxRedirection());
        }
        Document first = Jsoup.parse(mvc.perform(get("/admin/pengguna").param("q", prefix).with(Staff.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document second = Jsoup.parse(mvc.perform(get("/admin/pengguna").param("q", prefix).param("hal", "1")
                .with(Staff.as(users, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(second.select("tbody tr")).hasSize(2);
        assertThat(first.select("tbody tr").text() + second.select("tbody tr").text())
                .contains(prefix + ".1 ", prefix + ".27");

        Document kadis = Jsoup.parse(mvc.perform(get("/admin/pengguna").param("q", "KADIS.")
                .with(Staff.as(users, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(kadis.select("tbody tr").text()).contains("kadis.buton", "kadis.babel").doesNotContain(prefix);
        // an office's administrator finds only the users of the own office
        Document buton = Jsoup.parse(mvc.perform(get("/admin/pengguna").param("q", prefix)
                .with(Staff.as(users, "admin.buton"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(buton.select("tbody tr")).isEmpty();
    }
}
