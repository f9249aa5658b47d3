package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.DemoStaff;
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
 * Every staff page and action of the feedback module, found from the application's own request mappings:
 * each role that has no business there gets a 403, a stranger the login page, and staff of the other office
 * a 404 for every record of this office, never its data.
 */
@IntegrationTest
class FeedbackAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ComplaintService complaints;

    long butonComplaint;

    @BeforeEach
    void aButonComplaint() {
        StaffPrincipal secretariat = Staff.principal(users, "sekretariat.buton");
        butonComplaint = complaints.record(secretariat, new NewComplaint(ComplaintSource.DESK,
                UUID.randomUUID().toString(), null, false, "Pengadu Buton Rahasia", null, null, "Aduan di loket Buton",
                "Uraian aduan di loket Buton.", null, null, null)).complaintId();
    }

    /** Who may use a staff page of this module; the rest get a 403. */
    static Set<Role> allowed(String pattern, RequestMethod method) {
        if (pattern.startsWith("/admin/pengaduan")) {
            return Set.of(Role.OFFICE_ADMIN);
        }
        if (pattern.startsWith("/staf/ikm")) {
            return Set.of(Role.KADIS, Role.OFFICE_ADMIN);
        }
        if (pattern.startsWith("/staf/survei/kios")) {
            return Set.of(Role.PIKET);
        }
        if (pattern.startsWith("/staf/pengaduan")) {
            boolean reading = method == RequestMethod.GET && !pattern.endsWith("/baru");
            return reading ? Set.of(Role.SEKRETARIAT, Role.OFFICE_ADMIN, Role.KADIS)
                    : Set.of(Role.SEKRETARIAT, Role.OFFICE_ADMIN);
        }
        throw new AssertionError("no rule for " + pattern + ": add it to this test");
    }

    /** pattern -> methods, for every staff and administration mapping of the feedback module */
    Map<String, Set<RequestMethod>> staffMappings() {
        Map<String, Set<RequestMethod>> pages = StaffMappings.matching(mappings,
                handler -> handler.getBeanType().getPackageName().equals("id.konsultasi.feedback.web"), "/staf", "/admin");
        assertThat(pages.keySet()).as("feedback staff pages found").contains("/staf/pengaduan",
                "/staf/pengaduan/{id}", "/staf/pengaduan/{id}/jawab", "/staf/ikm", "/staf/ikm/ekspor.xlsx",
                "/staf/survei/kios", "/admin/pengaduan");
        return pages;
    }

    MockHttpServletRequestBuilder request(RequestMethod method, String url) {
        return method == RequestMethod.POST
                ? post(url).with(csrf()).param("version", "0").param("text", "Uji akses").param("formKey",
                UUID.randomUUID().toString()).param("answerWorkingDays", "2")
                : get(url);
    }

    String resolve(String pattern) {
        return pattern.replace("{id}", String.valueOf(butonComplaint));
    }

    @Test
    void everyRoleWithoutBusinessThereGets403() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : staffMappings().entrySet()) {
            for (RequestMethod method : page.getValue()) {
                Set<Role> allowed = allowed(page.getKey(), method);
                for (String office : List.of("buton", "babel")) {
                    for (var demo : DemoStaff.PREFIX.entrySet()) {
                        if (!allowed.contains(demo.getKey())) {
                            mvc.perform(request(method, resolve(page.getKey())).with(Staff.as(users, demo.getValue() + "." + office)))
                                    .andExpect(status().isForbidden());
                            checked.add(method + " " + page.getKey() + " " + demo.getValue() + "." + office);
                        }
                    }
                }
                // the system administrator belongs to no office
                mvc.perform(request(method, resolve(page.getKey())).with(Staff.as(users, "admin")))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(checked).hasSizeGreaterThan(50);
    }

    @Test
    void theRolesThatBelongThereGetThePagesOfTheirOwnOffice() throws Exception {
        for (var page : staffMappings().entrySet()) {
            if (!page.getValue().contains(RequestMethod.GET)) {
                continue;
            }
            for (var demo : DemoStaff.PREFIX.entrySet()) {
                if (allowed(page.getKey(), RequestMethod.GET).contains(demo.getKey())) {
                    mvc.perform(get(resolve(page.getKey())).with(Staff.as(users, demo.getValue() + ".buton")))
                            .andExpect(status().isOk());
                }
            }
        }
    }

    @Test
    void staffOfTheOtherOfficeGet404ForEveryComplaintOfThisOffice() throws Exception {
        List<String> checked = new ArrayList<>();
        for (var page : staffMappings().entrySet()) {
            if (!page.getKey().contains("{id}")) {
                continue;
            }
            for (RequestMethod method : page.getValue()) {
                for (var demo : DemoStaff.PREFIX.entrySet()) {
                    if (allowed(page.getKey(), method).contains(demo.getKey())) {
                        String body = mvc.perform(request(method, resolve(page.getKey()))
                                        .with(Staff.as(users, demo.getValue() + ".babel")))
                                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
                        assertThat(body).doesNotContain("Buton", "Pengadu Buton Rahasia");
                        checked.add(method + " " + page.getKey() + " " + demo.getValue());
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(9);
        assertThat(complaints.forStaff(Staff.principal(users, "sekretariat.buton"), butonComplaint).status())
                .isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        for (String pattern : staffMappings().keySet()) {
            mvc.perform(get(resolve(pattern))).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/masuk"));
        }
    }

    @Test
    void listsShowOnlyTheOwnOffice() throws Exception {
        String list = mvc.perform(get("/staf/pengaduan").with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("Aduan di loket Buton", "ADU/BTN/");
    }
}
