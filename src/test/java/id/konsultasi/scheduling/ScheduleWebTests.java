package id.konsultasi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import id.konsultasi.account.StaffUser;
import id.konsultasi.office.Holiday;
import id.konsultasi.office.HolidayKind;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.SqlStatements;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
    @Autowired
    OfficeAdministration officeAdministration;

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
        // the week of that day: the officer's booking from 08:00 to 09:30 takes the 08:00 and 09:00 slots
        assertThat(page.select("label[for=" + page.select("input[name=slot][value=" + day + "T08:00]").attr("id") + "]")
                .text()).contains("terisi", officer.getFullName(), busy.getReceiptNumber());
        assertThat(page.select("input[name=slot][value=" + day + "T09:00]").hasAttr("disabled")).isTrue();
        assertThat(page.select("input[name=slot][value=" + day + "T10:00]").hasAttr("disabled")).isFalse();

        Document refused = Jsoup.parse(mvc.perform(post("/staf/jadwal/permohonan/" + r.getId()).with(csrf()).with(as(officer))
                        .param("date", day).param("startTime", "09:00").param("durationMinutes", "60")
                        .param("mode", "IN_PERSON").param("roomId", String.valueOf(room.getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("whatToBring", "Berkas asli"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.text()).contains("Ruang ini sudah dipakai pada").contains("08:00-09:30 WITA");
        assertThat(refused.select("#whatToBring").text()).isEqualTo("Berkas asli");
    }

    /** The slot of the week grid that starts at the given moment: its radio and its label's text. */
    static String slotText(Document page, String start) {
        Element radio = page.selectFirst("input[type=radio][name=slot][value=" + start + "]");
        assertThat(radio).as("the slot " + start).isNotNull();
        return page.select("label[for=" + radio.id() + "]").text();
    }

    static boolean slotFree(Document page, String start) {
        Element radio = page.selectFirst("input[type=radio][name=slot][value=" + start + "]");
        return radio != null && !radio.hasAttr("disabled");
    }

    @Test
    void theWeekShowsWhoHoldsATakenSlotAHolidayClosedAndAFreeSlotBooksAtAConstantCost() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        long buton = fixtures.office("buton").getId();
        // the week of Monday 30 November 2026; Thursday 3 December made a holiday of the office
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        Holiday holiday = officeAdministration.addHoliday(buton, LocalDate.of(2026, 12, 3), "Hari jadi uji jadwal",
                HolidayKind.LOCAL);
        try {
            ConsultationRequest busy = fixtures.assigned("buton", "minggu-sibuk@contoh.id", officer);
            scheduling.schedule(fixtures.principal(officer), busy.getId(), new PlanInput(tuesday, LocalTime.of(10, 0), 60,
                    ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer), officer.getId(), null,
                    "uji"));
            ConsultationRequest r = fixtures.assigned("buton", "minggu@contoh.id", officer);
            String path = "/staf/jadwal/permohonan/" + r.getId();
            String[] html = new String[1];
            // once before counting: the office's calendar, with the new holiday, is read once and kept
            mvc.perform(get(path).param("tanggal", tuesday.toString()).with(as(officer))).andExpect(status().isOk());
            List<String> statements = SqlStatements.of(() -> html[0] = mvc.perform(get(path).param("tanggal",
                    tuesday.toString()).with(as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            Document page = Jsoup.parse(html[0]);

            // five working days, each a group of radios with its day as the legend; Buton's hour-long slots
            assertThat(page.select("#week fieldset legend").eachText()).hasSize(5).first().asString()
                    .contains("Senin", "30 November");
            assertThat(slotText(page, "2026-12-01T10:00")).contains("terisi", officer.getFullName(),
                    busy.getReceiptNumber());
            assertThat(slotFree(page, "2026-12-01T10:00")).isFalse();
            assertThat(slotText(page, "2026-12-01T11:00")).contains("bebas");
            assertThat(slotFree(page, "2026-12-01T11:00")).isTrue();
            // Enter in a field saves: the form's first submit button is not a week's
            assertThat(page.selectFirst("#week").closest("form").selectFirst("button[type=submit]").hasAttr("name"))
                    .isFalse();
            // after the consultation deadline: a warning, still a choice
            assertThat(r.getConsultationDueAt()).isBefore(tuesday.atStartOfDay(fixtures.office("buton").zone()).toInstant());
            assertThat(slotText(page, "2026-12-01T11:00")).contains("lewat batas waktu");
            // the holiday: closed, nothing to choose
            Element thursday = page.selectFirst("#week fieldset:has(legend:contains(3 Desember))");
            assertThat(thursday).isNotNull();
            assertThat(thursday.text()).contains("Libur: kantor tutup");
            assertThat(thursday.select("input[name=slot]:not([disabled])")).isEmpty();

            // more bookings in the week cost the page no more statements
            for (LocalDate d : List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4))) {
                ConsultationRequest other = fixtures.assigned("buton", "minggu-lain@contoh.id", officer);
                scheduling.schedule(fixtures.principal(officer), other.getId(), new PlanInput(d, LocalTime.of(13, 0), 60,
                        ConsultationMode.ONLINE, null, "https://meet.contoh.id/minggu", null, fixtures.ids(officer),
                        officer.getId(), null, "uji"));
            }
            List<String> more = SqlStatements.of(() -> html[0] = mvc.perform(get(path).param("tanggal",
                    tuesday.toString()).with(as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(more).as("statements of the week with four bookings").hasSameSizeAs(statements);
            assertThat(slotFree(Jsoup.parse(html[0]), "2026-12-02T13:00")).isFalse();

            // the previous week, with what was typed kept and nothing refused yet
            Document previous = Jsoup.parse(mvc.perform(post(path).with(csrf()).with(as(officer))
                            .param("date", tuesday.toString()).param("startTime", "09:00").param("durationMinutes", "60")
                            .param("mode", "IN_PERSON").param("whatToBring", "Berkas asli").param("minggu", "2026-11-23"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(previous.select("#week fieldset legend").first().text()).contains("23 November");
            assertThat(previous.select("#whatToBring").text()).isEqualTo("Berkas asli");
            assertThat(previous.select("#error-summary")).isEmpty();

            // a free slot chosen (without a script the date and time inputs still hold the proposal): booked there
            mvc.perform(post(path).with(csrf()).with(as(officer))
                            .param("slot", "2026-12-01T11:00").param("date", "2026-11-12").param("startTime", "09:00")
                            .param("durationMinutes", "60").param("mode", "IN_PERSON")
                            .param("roomId", String.valueOf(room.getId())).param("officerIds", String.valueOf(officer.getId()))
                            .param("contactPersonId", String.valueOf(officer.getId())).param("lateReason", "Pemohon meminta"))
                    .andExpect(status().is3xxRedirection());
            assertThat(scheduling.activeFor(r.getId()).orElseThrow().getStartAt()).isEqualTo(
                    tuesday.atTime(11, 0).atZone(fixtures.office("buton").zone()).toInstant());
        } finally {
            officeAdministration.removeHoliday(buton, holiday.getId());
        }
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
