package id.konsultasi.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The duty desk sees today's in-person visitors; checking one in tells the officers. */
@IntegrationTest
class ExpectedVisitorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void todaysVisitorIsExpectedOnTheBoardAndTheCheckInTellsTheOfficer() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "datang." + UUID.randomUUID().toString().substring(0, 6)
                + "@contoh.id", officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("buton", 7), LocalTime.of(14, 0), 60, ConsultationMode.IN_PERSON,
                fixtures.room("buton").getId(), null, null, fixtures.ids(officer), officer.getId(), null, "uji"));
        // the appointment is in a minute, later today in Buton's own time
        Instant soon = TestClock.INSTANCE.instant().plusSeconds(60);
        boolean stillToday = soon.atZone(ZoneId.of("Asia/Makassar")).toLocalDate()
                .equals(TestClock.INSTANCE.instant().atZone(ZoneId.of("Asia/Makassar")).toLocalDate());
        jdbc.update("update appointment set start_at = ?, end_at = ? where id = ?", Timestamp.from(soon),
                Timestamp.from(soon.plusSeconds(3600)), a.getId());

        Document board = Jsoup.parse(mvc.perform(get("/staf/piket").with(Staff.as(users, "piket.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        if (stillToday) {
            assertThat(board.select("#expected").text()).contains(r.getReceiptNumber());
            assertThat(board.select("#expected a").attr("href")).endsWith("/staf/piket/tamu-baru?permohonan=" + r.getId());
        }
        Document babelBoard = Jsoup.parse(mvc.perform(get("/staf/piket").with(Staff.as(users, "piket.babel")))
                .andReturn().getResponse().getContentAsString());
        assertThat(babelBoard.text()).doesNotContain(r.getReceiptNumber());

        Document form = Jsoup.parse(mvc.perform(get("/staf/piket/tamu-baru").param("permohonan", String.valueOf(r.getId()))
                .with(Staff.as(users, "piket.buton"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#name").val()).isEqualTo(r.getApplicant().getName());

        mvc.perform(post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, "piket.buton"))
                        .param("formKey", UUID.randomUUID().toString()).param("name", r.getApplicant().getName())
                        .param("phone", "0812 3456 7890").param("nik", "7404011203850001").param("identityChecked", "true")
                        .param("purpose", "Konsultasi terjadwal").param("kind", "SCHEDULED_CONSULTATION")
                        .param("requestId", String.valueOf(r.getId())).param("lookup", r.getReceiptNumber())
                        .param("applicantType", "PERSON"))
                .andExpect(status().is3xxRedirection());
        var arrived = Mailbox.awaitSubject(officer.getEmail(), "Pemohon sudah datang");
        assertThat(Mailbox.text(arrived, "text/plain")).contains(r.getReceiptNumber());
        assertThat(scheduling.activeFor(r.getId()).orElseThrow().getCheckedInAt()).isNotNull();
        Document after = Jsoup.parse(mvc.perform(get("/staf/piket").with(Staff.as(users, "piket.buton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(after.select("#expected").text()).doesNotContain(r.getReceiptNumber());
    }
}
