package id.konsultasi.office.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.SignedIn;
import id.konsultasi.support.WebSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The office administrator keeps the internal components of the standard and the Maklumat Pelayanan on
 * {@code /admin/standar/internal}: of the office the login belongs to only; other staff are refused, anonymous
 * visitors sent to the login page; what was sent with a mistake comes back with its message and all that was typed.
 */
@WebSlice(InternalComponentsAdminController.class)
class InternalComponentsAdminControllerTests {

    private static final long OFFICE_ID = 7;
    private static final StaffPrincipal OFFICE_ADMIN = SignedIn.staff(OFFICE_ID, Role.OFFICE_ADMIN);
    private static final String PLEDGE = "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Offices offices;
    @MockitoBean
    OfficeAdministration administration;
    @MockitoBean
    OfficeDirectory directory;

    @BeforeEach
    void anOfficeWithSomeComponents() {
        Office office = new Office("uji", new OfficeProfile("Dinas Sosial Kota Uji", "Pemerintah Kota Uji", "Jl. Uji 1",
                null, null, null, ZoneId.of("Asia/Jakarta"), LocalTime.of(8, 0), LocalTime.of(16, 0), "UJI"));
        InternalComponents components = InternalComponents.none()
                .with(InternalComponent.LEGAL_BASIS, List.of("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                        "Peraturan Menteri PANRB Nomor 15 Tahun 2014"))
                .with(InternalComponent.STAFF_NUMBER, List.of("3 orang petugas konsultasi"));
        office.reviseInternalComponents(components, PLEDGE + "\n\nKepala Dinas Sosial Kota Uji");
        when(offices.require(OFFICE_ID)).thenReturn(office);
        when(directory.storedInternalComponents(OFFICE_ID)).thenReturn(components);
    }

    /** The form as a browser sends it; {@code overrides} replace single fields. */
    private static MockHttpServletRequestBuilder form(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("items[LEGAL_BASIS]", "1. UU 25/2009 tentang Pelayanan Publik\n2. PermenPANRB 15/2014\n\n");
        fields.put("items[FACILITIES]", "Ruang konsultasi\nRuang tunggu ber-AC");
        fields.put("items[STAFF_COMPETENCE]", "");
        fields.put("items[INTERNAL_SUPERVISION]", "");
        fields.put("items[STAFF_NUMBER]", "");
        fields.put("items[SERVICE_GUARANTEE]", "");
        fields.put("items[SECURITY_GUARANTEE]", "");
        fields.put("items[PERFORMANCE_EVALUATION]", "Evaluasi setiap triwulan");
        fields.put("pledge", PLEDGE);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/standar/internal").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/standar/internal")).andExpect(redirectedUrl("/masuk"));
        mvc.perform(form()).andExpect(redirectedUrl("/masuk"));
        verify(administration, never()).reviseInternalComponents(anyLong(), any(), any(), any());
    }

    @Test
    void staffWithoutTheOfficeAdministratorsRoleAreRefused() throws Exception {
        for (StaffPrincipal staff : List.of(SignedIn.staff(OFFICE_ID, Role.KADIS, Role.KABID, Role.PETUGAS, Role.PIKET,
                Role.SEKRETARIAT), SignedIn.staff(null, Role.SYSTEM_ADMIN))) {
            mvc.perform(get("/admin/standar/internal").with(SignedIn.as(staff))).andExpect(status().isForbidden());
            mvc.perform(form().with(SignedIn.as(staff))).andExpect(status().isForbidden());
        }
        verify(administration, never()).reviseInternalComponents(anyLong(), any(), any(), any());
    }

    @Test
    void theAdministratorSeesEachComponentOneItemPerLineAndThePledge() throws Exception {
        Document page = page(get("/admin/standar/internal").with(SignedIn.as(OFFICE_ADMIN)));

        assertThat(page.select("h1").text()).isEqualTo("Komponen internal dan maklumat pelayanan");
        assertThat(page.select("label[for=itemsLEGAL_BASIS]").text()).isEqualTo("Dasar hukum");
        assertThat(page.select("#itemsLEGAL_BASIS").val()).isEqualTo(
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\nPeraturan Menteri PANRB Nomor 15 Tahun 2014");
        assertThat(page.select("#itemsSTAFF_NUMBER").val()).isEqualTo("3 orang petugas konsultasi");
        assertThat(page.select("#itemsFACILITIES").val()).isEmpty();
        assertThat(page.select("form textarea")).hasSize(InternalComponent.values().length + 1);
        assertThat(page.select("#pledge").val()).isEqualTo(PLEDGE + "\n\nKepala Dinas Sosial Kota Uji");
        assertThat(page.select("a[href=/admin/standar]")).isNotEmpty();

        Document english = page(get("/admin/standar/internal").param("lang", "en").with(SignedIn.as(OFFICE_ADMIN)));
        assertThat(english.select("label[for=itemsSECURITY_GUARANTEE]").text())
                .isEqualTo("Guarantee of security and safety of the service");
        assertThat(english.select("label[for=pledge]").text()).isEqualTo("Service pledge (Maklumat Pelayanan)");
    }

    @Test
    void savingStoresEachLineAsAnItemOfTheAdministratorsOwnOffice() throws Exception {
        mvc.perform(form("items[NO_COMPONENT]", "ignored").with(SignedIn.as(OFFICE_ADMIN)))
                .andExpect(redirectedUrl("/admin/standar/internal")).andExpect(flash().attribute("flash", "flash.saved"));

        verify(administration).reviseInternalComponents(OFFICE_ID, 0L, InternalComponents.none()
                .with(InternalComponent.LEGAL_BASIS, List.of("UU 25/2009 tentang Pelayanan Publik", "PermenPANRB 15/2014"))
                .with(InternalComponent.FACILITIES, List.of("Ruang konsultasi", "Ruang tunggu ber-AC"))
                .with(InternalComponent.PERFORMANCE_EVALUATION, List.of("Evaluasi setiap triwulan")), PLEDGE);

        // the office is the login's: another office's administrator saves into that other office
        mvc.perform(form().with(SignedIn.as(SignedIn.staff(8L, Role.OFFICE_ADMIN))))
                .andExpect(redirectedUrl("/admin/standar/internal"));
        verify(administration).reviseInternalComponents(eq(8L), eq(0L), any(), eq(PLEDGE));
    }

    @Test
    void mistakesComeBackBesideTheirFieldsWithEverythingTyped() throws Exception {
        String tooLong = "Ruang " + "x".repeat(1000);
        Document page = page(form("items[FACILITIES]", "Ruang konsultasi\n" + tooLong, "pledge", "y".repeat(10001))
                .with(SignedIn.as(OFFICE_ADMIN)));

        assertThat(page.select("#error-summary")).isNotEmpty();
        assertThat(page.select("#itemsFACILITIES").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#itemsFACILITIES ~ .invalid-feedback").text())
                .isEqualTo("Setiap baris paling panjang 1000 karakter.");
        assertThat(page.select("#itemsFACILITIES").val()).isEqualTo("Ruang konsultasi\n" + tooLong);
        assertThat(page.select("#pledge").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#pledge").val()).hasSize(10001);
        assertThat(page.select("#itemsLEGAL_BASIS").val()).contains("UU 25/2009 tentang Pelayanan Publik");
        assertThat(page.select("#itemsPERFORMANCE_EVALUATION").val()).isEqualTo("Evaluasi setiap triwulan");
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        verify(administration, never()).reviseInternalComponents(anyLong(), any(), any(), any());
    }

    @Test
    void aFormShownBeforeSomeoneElseSavedIsRefusedWithA409() throws Exception {
        doThrow(new OptimisticLockingFailureException("changed")).when(administration)
                .reviseInternalComponents(eq(OFFICE_ID), eq(0L), any(), any());

        mvc.perform(form().with(SignedIn.as(OFFICE_ADMIN))).andExpect(status().isConflict());
    }
}
