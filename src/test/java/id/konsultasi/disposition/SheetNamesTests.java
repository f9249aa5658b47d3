package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18 (names): the lembar disposisi says who registered the letter in the office's own words: Bangka Belitung's
 * standard has letters "diagendakan ... oleh Tim PKD", Buton's names no unit of its own (the bundle's "Sekretariat").
 */
@IntegrationTest
class SheetNamesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffUsers staffUsers;

    /** The sheet of a letter the head accepted: to a division (Bangka Belitung) or to an officer (Buton). */
    String sheet(String office, String head, String secretariat, String to, String who) throws Exception {
        Receipt receipt = TestRequests.letter(service, offices, office, TestRequests.unique("Lembar disposisi"),
                "lembar@contoh.id");
        long id = receipt.requestId();
        mvc.perform(post("/staf/disposisi/" + id).with(csrf()).with(Staff.as(users, head))
                        .param("version", String.valueOf(requests.findWholeById(id).orElseThrow().getVersion()))
                        .param("formKey", UUID.randomUUID().toString())
                        .param("decision", "ACCEPTED").param("mode", "IN_PERSON")
                        .param(to, who).param("urgency", "ROUTINE"))
                .andExpect(status().is3xxRedirection());
        return Pdfs.text(mvc.perform(get("/staf/disposisi/" + id + "/lembar.pdf").with(Staff.as(users, secretariat)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void bangkaBelitungsSheetSaysTimPkdRegisteredTheLetter() throws Exception {
        long division = divisions.findByOfficeIdOrderByName(offices.findByCode("babel").orElseThrow().getId()).stream()
                .filter(d -> d.getName().equals("Bidang Rehabilitasi Sosial")).findFirst().orElseThrow().getId();
        String text = sheet("babel", "kadis.babel", "sekretariat.babel", "divisionId", String.valueOf(division));
        assertThat(text).contains("Diagendakan oleh Tim PKD");
    }

    @Test
    void butonsSheetSaysTheSecretariatRegisteredIt() throws Exception {
        String officer = String.valueOf(staffUsers.findByUsername("petugas.buton").orElseThrow().getId());
        String text = sheet("buton", "kadis.buton", "sekretariat.buton", "leadOfficerId", officer);
        assertThat(text).contains("Diagendakan oleh Sekretariat").doesNotContain("Tim PKD");
    }
}
