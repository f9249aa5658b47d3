package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.notification.Outbox;
import id.konsultasi.notification.OutgoingMail;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.HolidayKind;
import id.konsultasi.office.Holidays;
import id.konsultasi.office.MeetingRooms;
import id.konsultasi.office.Office;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.Offices;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.StaffMappings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every administration page, found from the application's own request mappings: a role without
 * access gets a 403, a stranger the login page, and the administrator of another office a 404 for
 * every record of this office, never its data.
 */
@IntegrationTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    MeetingRooms rooms;
    @Autowired
    Holidays holidays;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    Outbox outbox;

    Office buton;
    Map<String, Long> butonRecords;

    @BeforeEach
    void butonRecords() {
        buton = offices.findByCode("buton").orElseThrow();
        long holiday = holidays.observedBy(buton.getId(), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)).stream()
                .filter(h -> !h.isNational()).findFirst()
                .orElseGet(() -> administration.addHoliday(buton.getId(), LocalDate.of(2031, 7, 8),
                        "Hari Jadi Kabupaten Buton", HolidayKind.LOCAL)).getId();
        butonRecords = Map.of(
                "/admin/bidang/", divisions.findByOfficeIdOrderByName(buton.getId()).get(0).getId(),
                "/admin/ruang/", rooms.findByOfficeIdOrderByName(buton.getId()).get(0).getId(),
                "/admin/libur/", holiday,
                "/admin/pengguna/", staffUsers.findByUsername("petugas.buton").orElseThrow().getId(),
                "/admin/surel/", outbox.enqueue(new OutgoingMail(buton.getId(), null, "TEST", "warga@contoh.id",
                        "Surel uji Buton", "Isi surel uji Buton.", null, null)));
    }

    /** pattern -> methods, for every mapping under /admin and /sistem */
    Map<String, Set<RequestMethod>> adminPages() {
        Map<String, Set<RequestMethod>> pages = StaffMappings.under(mappings, "/admin", "/sistem");
        assertThat(pages).as("administration pages found").hasSizeGreaterThan(15);
        return pages;
    }

    MockHttpServletRequestBuilder request(RequestMethod method, String url) {
        return method == RequestMethod.POST
                ? post(url).with(csrf()).param("active", "false").param("name", "Uji").param("password", "rahasia-sekali-123")
                .param("version", "0").param("date", "2031-08-01").param("kind", "LOCAL")
                : get(url);
    }

    String resolve(String pattern, long id) {
        return pattern.replace("{id}", String.valueOf(id));
    }

    @Test
    void staffWithoutAnAdministratorRoleGet403OnEveryAdministrationPage() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : adminPages().entrySet()) {
            for (RequestMethod method : page.getValue()) {
                String url = resolve(page.getKey(), 1);
                for (String who : List.of("kadis.buton", "piket.babel", "petugas.buton")) {
                    mvc.perform(request(method, url).with(Staff.as(users, who))).andExpect(status().isForbidden());
                }
                checked.add(method + " " + url);
            }
        }
        assertThat(checked).isNotEmpty();
    }

    @Test
    void anOfficeAdministratorGets403OnSystemPages() throws Exception {
        for (var page : adminPages().entrySet()) {
            if (!page.getKey().startsWith("/sistem")) {
                continue;
            }
            for (RequestMethod method : page.getValue()) {
                mvc.perform(request(method, resolve(page.getKey(), 1)).with(Staff.as(users, "admin.babel")))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        for (String pattern : adminPages().keySet()) {
            mvc.perform(get(resolve(pattern, 1))).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/masuk"));
        }
    }

    @Test
    void theAdministratorOfAnotherOfficeGets404ForEveryRecordOfThisOffice() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : adminPages().entrySet()) {
            String pattern = page.getKey();
            if (!pattern.contains("{id}") || pattern.startsWith("/sistem")) {
                continue;
            }
            Long foreignId = butonRecords.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            assertThat(foreignId).as("a Buton record to try on " + pattern).isNotNull();
            for (RequestMethod method : page.getValue()) {
                String body = mvc.perform(request(method, resolve(pattern, foreignId)).with(Staff.as(users, "admin.babel")))
                        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("Buton");
                checked.add(method + " " + pattern);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void pagesWithoutAnIdShowOnlyTheAdministratorsOwnOffice() throws Exception {
        long butonId = buton.getId();
        for (String url : List.of("/admin/standar", "/admin/profil", "/admin/bidang", "/admin/ruang", "/admin/libur",
                "/admin/pengguna", "/admin/pengguna?kantor=" + butonId, "/admin/pengguna/baru", "/admin/surel",
                "/admin/surel?kantor=" + butonId)) {
            String body = mvc.perform(get(url).with(Staff.as(users, "admin.babel"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(url).doesNotContain("Buton").doesNotContain("kadis.buton");
        }
    }

    @Test
    void aUserCreatedByAnotherOfficesAdministratorLandsInThatOfficeWhateverTheFormSays() throws Exception {
        mvc.perform(post("/admin/pengguna/baru").with(csrf()).with(Staff.as(users, "admin.babel"))
                        .param("username", "selundupan.babel").param("password", "rahasia-sekali-123")
                        .param("fullName", "Penyelundup").param("officeId", String.valueOf(buton.getId()))
                        .param("roles", "PETUGAS"))
                .andExpect(status().is3xxRedirection());
        assertThat(staffUsers.findByUsername("selundupan.babel").orElseThrow().getOfficeId())
                .isEqualTo(offices.findByCode("babel").orElseThrow().getId());
    }
}
