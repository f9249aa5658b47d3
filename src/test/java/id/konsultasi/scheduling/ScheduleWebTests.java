package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

import biweekly.Biweekly;
import biweekly.ICalendar;
import id.konsultasi.account.StaffUser;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The scheduling pages: the form with what the applicant asked and who is free, the applicant's page, who may act. */
@IntegrationTest
class ScheduleWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(StaffUser user) {
        return user(users.loadUserByUsername(user.getUsername()));
    }

    @Test
    void theFormShowsTheApplicantsWishTheDeadlineAndWhoIsBusyAndBadInputComesBackExplained() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        ConsultationRequest busy = fixtures.assigned("buton", "sibuk@contoh.id", officer);
        scheduling.schedule(fixtures.principal(officer), busy.getId(), new PlanInput(fixtures.workingDay("buton", 1),
                LocalTime.of(8, 0), 90, ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer),
                officer.getId(), null, null));
        ConsultationRequest r = fixtures.assigned("buton", "form@contoh.id", officer);
        String day = fixtures.workingDay("buton", 1).toString();
        Document page = Jsoup.parse(mvc.perform(get("/staf/jadwal/permohonan/" + r.getId()).param("tanggal", day)
                .with(as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.text()).contains("Tatap muka", "Konsultasi dilaksanakan paling lambat", "WITA");
        assertThat(page.select("#bookings").text()).contains(officer.getFullName(), "08:00-09:30");
        assertThat(page.text()).contains("Waktu luang semua petugas:", "09:30-16:00");

        Document refused = Jsoup.parse(mvc.perform(post("/staf/jadwal/permohonan/" + r.getId()).with(csrf()).with(as(officer))
                        .param("date", day).param("startTime", "09:00").param("durationMinutes", "60")
                        .param("mode", "IN_PERSON").param("roomId", String.valueOf(room.getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("whatToBring", "Berkas asli"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.text()).contains("Ruang ini sudah dipakai pada").contains("08:00-09:30 WITA");
        assertThat(refused.select("#whatToBring").text()).isEqualTo("Berkas asli");
    }

    @Test
    void theMeetingLengthProposedIsTheOneTheOfficesStandardStates() throws Exception {
        // Bangka Belitung's standard: "Waktu Penyelesaian 30 menit"; Buton's: led to an officer within 1 hour
        StaffUser babelOfficer = fixtures.officer("babel");
        ConsultationRequest babel = fixtures.assigned("babel", "lama-babel@contoh.id", babelOfficer);
        Document babelForm = Jsoup.parse(mvc.perform(get("/staf/jadwal/permohonan/" + babel.getId()).with(as(babelOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(babelForm.select("#durationMinutes").val()).isEqualTo("30");

        StaffUser butonOfficer = fixtures.officer("buton");
        ConsultationRequest buton = fixtures.assigned("buton", "lama-buton@contoh.id", butonOfficer);
        Document butonForm = Jsoup.parse(mvc.perform(get("/staf/jadwal/permohonan/" + buton.getId()).with(as(butonOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(butonForm.select("#durationMinutes").val()).isEqualTo("60");
    }

    @Test
    void theApplicantSeesTheAppointmentTheLetterTheInvitationAndTheWhatsappLink() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        ConsultationRequest r = fixtures.assigned("babel", "lihat@contoh.id", officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("babel", 1), LocalTime.of(10, 30), 60, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/lihat", "Kode 777", fixtures.ids(officer), officer.getId(), "Dokumen KK", null));
        Document page = Jsoup.parse(mvc.perform(get("/lacak/" + r.getTrackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#appointment").text()).contains("Daring", "10.30 - 11.30", "Waktu Indonesia Barat (WIB)",
                "Kode 777", officer.getFullName(), "Dokumen KK");
        assertThat(page.select("#whatsapp").attr("href")).isEqualTo("https://wa.me/6281299990000");

        byte[] ics = mvc.perform(get("/lacak/" + r.getTrackingToken() + "/jadwal.ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        ICalendar calendar = Biweekly.parse(new String(ics, StandardCharsets.UTF_8)).first();
        assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo(a.getIcsUid());
        byte[] letter = mvc.perform(get("/lacak/" + r.getTrackingToken() + "/surat-jawaban.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(letter)).contains(a.getLetterNumber(), "https://meet.contoh.id/lihat");
    }

    @Test
    void onlyTheRequestsOfficersActAndAnotherOfficeSeesNothing() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "akses@contoh.id", officer);
        Appointment a = scheduling.schedule(fixtures.principal(officer), r.getId(), new PlanInput(
                fixtures.workingDay("buton", 2), LocalTime.of(14, 0), 30, ConsultationMode.ONLINE, null,
                "https://meet.contoh.id/akses", null, fixtures.ids(officer), officer.getId(), null, null));
        for (String who : new String[]{"kadis.buton", "petugas.buton", "piket.buton"}) {
            mvc.perform(get("/staf/jadwal/permohonan/" + r.getId()).with(Staff.as(users, who))).andExpect(status().isForbidden());
            mvc.perform(post("/staf/jadwal/" + a.getId() + "/batal").with(csrf()).with(Staff.as(users, who))
                    .param("version", String.valueOf(a.getVersion())).param("reason", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/staf/jadwal/" + a.getId() + "/ubah").with(csrf()).with(Staff.as(users, who))
                    .param("date", "2030-01-01")).andExpect(status().isForbidden());
        }
        for (String who : new String[]{"kadis.babel", "petugas.babel", "admin.babel"}) {
            mvc.perform(get("/staf/jadwal/" + a.getId()).with(Staff.as(users, who))).andExpect(status().isNotFound());
            mvc.perform(get("/staf/jadwal/" + a.getId() + "/surat-jawaban.pdf").with(Staff.as(users, who)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/staf/jadwal/" + a.getId() + "/batal").with(csrf()).with(Staff.as(users, who))
                    .param("version", String.valueOf(a.getVersion())).param("reason", "x")).andExpect(status().isNotFound());
            mvc.perform(get("/staf/jadwal/permohonan/" + r.getId()).with(Staff.as(users, who))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/staf/jadwal/" + a.getId()).with(Staff.as(users, "kadis.buton"))).andExpect(status().isOk());
        mvc.perform(get("/admin/surat").with(Staff.as(users, "petugas.buton"))).andExpect(status().isForbidden());
        String settings = mvc.perform(get("/admin/surat").with(Staff.as(users, "admin.babel"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(settings).contains("{nomor_tanda_terima}");
    }

    @Test
    void anOfficerSeesTheirConsultations() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest toSchedule = fixtures.assigned("buton", "antre@contoh.id", officer);
        ConsultationRequest scheduled = fixtures.assigned("buton", "terjadwal@contoh.id", officer);
        scheduling.schedule(fixtures.principal(officer), scheduled.getId(), new PlanInput(fixtures.workingDay("buton", 3),
                LocalTime.of(9, 0), 60, ConsultationMode.ONLINE, null, "https://meet.contoh.id/saya", null,
                fixtures.ids(officer), officer.getId(), null, "uji"));
        Document page = Jsoup.parse(mvc.perform(get("/staf/konsultasi-saya").with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#h-schedule + ul").text()).contains(toSchedule.getReceiptNumber())
                .doesNotContain(scheduled.getReceiptNumber());
        assertThat(page.select("#h-upcoming + ul").text()).contains(scheduled.getReceiptNumber())
                .doesNotContain(toSchedule.getReceiptNumber());
    }
}
