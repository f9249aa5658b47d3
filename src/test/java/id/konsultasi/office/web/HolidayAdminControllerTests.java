package id.konsultasi.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import id.konsultasi.office.Holiday;
import id.konsultasi.office.HolidayKind;
import id.konsultasi.office.Holidays;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.SignedIn;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who may keep which holidays, through the application's own security rules: an office administrator the days of
 * their office ({@code /admin/libur}), only the system administrator the national list ({@code /sistem/libur});
 * anonymous visitors are sent to the login page, other staff are refused. A day sent with a mistake is shown again
 * with what was typed. A {@link WebSlice} test: the holidays are mocks, the security configuration is real.
 */
@WebSlice(HolidayAdminController.class)
class HolidayAdminControllerTests {

    private static final long OFFICE_ID = 7;
    private static final StaffPrincipal OFFICE_ADMIN = SignedIn.staff(OFFICE_ID, Role.OFFICE_ADMIN);
    private static final StaffPrincipal SYSTEM_ADMIN = SignedIn.staff(null, Role.SYSTEM_ADMIN);
    private static final StaffPrincipal OFFICER = SignedIn.staff(OFFICE_ID, Role.PETUGAS, Role.PIKET, Role.KADIS);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Holidays holidays;
    @MockitoBean
    OfficeAdministration administration;

    /** The page shows the year of the application's clock, unless another is asked for. */
    @BeforeEach
    void inNovember2026() {
        TestClock.INSTANCE.set(LocalDateTime.of(2026, 11, 11, 9, 0), ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : List.of("/admin/libur", "/sistem/libur")) {
            mvc.perform(get(page)).andExpect(redirectedUrl("/masuk"));
        }
        mvc.perform(post("/admin/libur").with(csrf()).param("date", "2026-12-24").param("name", "Cuti")
                .param("kind", "LOCAL")).andExpect(redirectedUrl("/masuk"));
        verify(administration, never()).addHoliday(any(), any(), anyString(), any());
    }

    @Test
    void staffWithoutTheAdministratorsRoleAreRefused() throws Exception {
        mvc.perform(get("/admin/libur").with(SignedIn.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/sistem/libur").with(SignedIn.as(OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    void anOfficeAdministratorKeepsTheOfficesDaysButNotTheNationalList() throws Exception {
        when(holidays.observedBy(OFFICE_ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).thenReturn(List.of(
                new Holiday(null, LocalDate.of(2026, 8, 17), "Hari Kemerdekaan", HolidayKind.NATIONAL),
                new Holiday(OFFICE_ID, LocalDate.of(2026, 9, 3), "Hari jadi kota", HolidayKind.LOCAL)));

        Document page = page(mvc.perform(get("/admin/libur").with(SignedIn.as(OFFICE_ADMIN)))
                .andExpect(status().isOk()));

        assertThat(page.select("h1").text()).isEqualTo("Hari libur");
        assertThat(page.select("tbody tr")).extracting(row -> row.select("td").get(1).text())
                .containsExactly("Hari Kemerdekaan", "Hari jadi kota");
        assertThat(page.select("tbody a")).extracting(link -> link.text())
                .as("only the office's own day can be edited here").containsExactly("Hari jadi kota");
        assertThat(page.select("select#kind option[selected]").val()).isEqualTo("LOCAL");

        mvc.perform(get("/sistem/libur").with(SignedIn.as(OFFICE_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/sistem/libur").with(SignedIn.as(OFFICE_ADMIN)).with(csrf()).param("date", "2026-12-24")
                .param("name", "Cuti bersama Natal").param("kind", "NATIONAL")).andExpect(status().isForbidden());
        verify(holidays, never()).national(any(), any());
        verify(administration, never()).addHoliday(any(), any(), anyString(), any());
    }

    @Test
    void theSystemAdministratorKeepsTheNationalList() throws Exception {
        Document page = page(mvc.perform(get("/sistem/libur").with(SignedIn.as(SYSTEM_ADMIN)))
                .andExpect(status().isOk()));

        assertThat(page.select("h1").text()).isEqualTo("Libur nasional");
        assertThat(page.text()).contains("Belum ada hari libur untuk tahun ini.");
        verify(holidays).national(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDayWithAMistakeIsShownAgainWithWhatWasTyped() throws Exception {
        Document page = page(mvc.perform(post("/admin/libur").with(SignedIn.as(OFFICE_ADMIN)).with(csrf())
                        .param("date", "31-12-2026").param("name", "Cuti akhir tahun").param("kind", "LOCAL"))
                .andExpect(status().isOk()));

        assertThat(page.select("#date-error").text()).isEqualTo("Tulis tanggal yang benar.");
        assertThat(page.select("input#date").val()).isEqualTo("31-12-2026");
        assertThat(page.select("input#name").val()).isEqualTo("Cuti akhir tahun");
        assertThat(page.select("#name-error")).isEmpty();
        assertThat(page.select("select#kind option[selected]").val()).isEqualTo("LOCAL");

        page = page(mvc.perform(post("/admin/libur").with(SignedIn.as(OFFICE_ADMIN)).with(csrf())
                        .param("date", "2026-12-31").param("name", " ").param("kind", "CUTI_BERSAMA"))
                .andExpect(status().isOk()));

        assertThat(page.select("#name-error").text()).isEqualTo("Wajib diisi.");
        assertThat(page.select("input#date").val()).isEqualTo("2026-12-31");
        assertThat(page.select("select#kind option[selected]").val()).isEqualTo("CUTI_BERSAMA");
        verify(administration, never()).addHoliday(any(), any(), anyString(), any());
    }

    @Test
    void aDayIsAddedToTheAdministratorsOwnOffice() throws Exception {
        mvc.perform(post("/admin/libur").with(SignedIn.as(OFFICE_ADMIN)).with(csrf())
                        .param("date", "2026-12-31").param("name", "  Cuti akhir tahun ").param("kind", "LOCAL")
                        .param("officeId", "99"))
                .andExpect(redirectedUrl("/admin/libur?tahun=2026"))
                .andExpect(flash().attribute("flash", "flash.saved"));

        verify(administration).addHoliday(OFFICE_ID, LocalDate.of(2026, 12, 31), "Cuti akhir tahun", HolidayKind.LOCAL);
    }

    @Test
    void aFormSentWithoutItsCsrfTokenChangesNothing() throws Exception {
        mvc.perform(post("/admin/libur").with(SignedIn.as(OFFICE_ADMIN))
                        .param("date", "2026-12-31").param("name", "Cuti akhir tahun").param("kind", "LOCAL"))
                .andExpect(status().isForbidden());
        verify(administration, never()).addHoliday(any(), any(), anyString(), any());
    }

    private static Document page(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
