package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import id.konsultasi.office.Holidays;
import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Receipt;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.MailReader;
import id.konsultasi.support.RequestJourneys;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff record complaints that came through the other channels (SP4N-LAPOR! with its ticket number),
 * handle and answer them; the complainant receives the answer by mail and on the link; the deadline is
 * the office's own number of working days, which its administrator sets.
 */
@IntegrationTest
class ComplaintHandlingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offices offices;
    @Autowired
    Holidays holidays;
    @Autowired
    Complaints complaints;
    @Autowired
    ComplaintService service;
    @Autowired
    RequestJourneys journeys;

    static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder record(String who, String source, String subject) {
        return post("/staf/pengaduan/baru").with(csrf()).with(Staff.as(users, who))
                .param("formKey", UUID.randomUUID().toString()).param("source", source).param("subject", subject)
                .param("description", "Pengadu menyampaikan bahwa jadwal konsultasi berubah tanpa pemberitahuan.")
                .param("name", "Bapak Hendra Gunawan");
    }

    Complaint recorded(String redirect) {
        assertThat(redirect).matches("/staf/pengaduan/\\d+");
        return complaints.findWholeById(Long.parseLong(redirect.substring("/staf/pengaduan/".length()))).orElseThrow();
    }

    @Test
    void theSecretariatRecordsALaporComplaintWithItsTicketNumberOnce() throws Exception {
        Document form = Jsoup.parse(mvc.perform(get("/staf/pengaduan/baru").with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#source option")).extracting(e -> e.text()).contains("SP4N-LAPOR!", "Loket pengaduan",
                "Kotak pengaduan", "E-mail", "WhatsApp").doesNotContain("Formulir daring");

        String subject = unique("Aduan dari LAPOR");
        Document refused = Jsoup.parse(mvc.perform(record("sekretariat.babel", "LAPOR", subject))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#laporNumber-error").text())
                .isEqualTo("Pengaduan dari SP4N-LAPOR! wajib mencantumkan nomor tiketnya.");

        String ticket = "LAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String redirect = mvc.perform(record("sekretariat.babel", "LAPOR", subject).param("laporNumber", ticket))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = recorded(redirect);
        assertThat(complaint.getSource()).isEqualTo(ComplaintSource.LAPOR);
        assertThat(complaint.getLaporNumber()).isEqualTo(ticket);
        assertThat(complaint.getNumber()).startsWith("ADU/DSPMD/");
        assertThat(complaint.getHistory().get(0).getActorName()).isEqualTo("Yuliana Sari");

        Document detail = Jsoup.parse(mvc.perform(get(redirect).with(Staff.as(users, "sekretariat.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(detail.select("#lapor-number").text()).isEqualTo(ticket);
        assertThat(detail.select("#complainant-link").attr("href"))
                .isEqualTo("/lacak/pengaduan/" + complaint.getTrackingToken());
        assertThat(detail.select("#status").text()).isEqualTo("Diterima");
        assertThat(detail.text()).contains("SP4N-LAPOR!", "Bapak Hendra Gunawan");

        Document again = Jsoup.parse(mvc.perform(record("admin.babel", "LAPOR", unique("Sama"))
                        .param("laporNumber", ticket.toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(again.select("#laporNumber-error").text())
                .isEqualTo("Pengaduan SP4N-LAPOR! dengan nomor ini sudah tercatat.");
    }

    @Test
    void aLaporComplaintIsHandledAndAnsweredAndTheComplainantReadsTheAnswerByMailAndOnTheLink() throws Exception {
        String email = "hendra." + UUID.randomUUID() + "@contoh.id";
        String subject = unique("Jadwal berubah");
        String redirect = mvc.perform(record("sekretariat.buton", "LAPOR", subject).param("email", email)
                        .param("laporNumber", "LAP-" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = recorded(redirect);
        MailReader.await(email, s -> s.startsWith("Pengaduan Anda diterima"));

        mvc.perform(post(redirect + "/proses").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                        .param("version", String.valueOf(complaint.getVersion())).param("text", "Dikonfirmasi ke Bidang Rehsos"))
                .andExpect(status().is3xxRedirection());
        Complaint started = complaints.findById(complaint.getId()).orElseThrow();
        assertThat(started.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);

        String answer = "Mohon maaf atas perubahan jadwal. Konsultasi Anda dijadwalkan ulang pada Kamis pukul 09.00 WITA "
                + UUID.randomUUID();
        mvc.perform(post(redirect + "/jawab").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("version", String.valueOf(started.getVersion())).param("text", answer))
                .andExpect(status().is3xxRedirection());
        Complaint answered = complaints.findWholeById(complaint.getId()).orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(answered.getAnsweredByName()).isEqualTo("Rahmat Hidayat");
        assertThat(answered.isAnsweredOnTime()).isTrue();

        MailReader.Mail mail = MailReader.await(email, s -> s.equals("Jawaban atas pengaduan " + complaint.getNumber()));
        assertThat(mail.text()).contains("Yth. Bapak Hendra Gunawan,", answer, subject,
                "/lacak/pengaduan/" + complaint.getTrackingToken(), "Dinas Sosial Kabupaten Buton");

        Document link = Jsoup.parse(mvc.perform(get("/lacak/pengaduan/" + complaint.getTrackingToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(link.select("#answer").text()).isEqualTo(answer);
        assertThat(link.select("#status").text()).isEqualTo("Pengaduan Anda sudah dijawab.");
        assertThat(link.select("#timeline li")).hasSize(3);
        assertThat(link.text()).doesNotContain("Rahmat Hidayat", "La Ode Safaruddin", "Dikonfirmasi ke Bidang Rehsos");

        mvc.perform(post(redirect + "/tutup").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                        .param("version", String.valueOf(answered.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(MailReader.to(email)).hasSize(2);
    }

    @Test
    void theHeadReadsComplaintsButDoesNotAnswerThem() throws Exception {
        String redirect = mvc.perform(record("sekretariat.buton", "DESK", unique("Untuk Kadis")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = recorded(redirect);
        Document page = Jsoup.parse(mvc.perform(get(redirect).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("form[action$=/jawab]")).isEmpty();
        assertThat(page.text()).contains("Bapak Hendra Gunawan");
        mvc.perform(post(redirect + "/jawab").with(csrf()).with(Staff.as(users, "kadis.buton"))
                        .param("version", String.valueOf(complaint.getVersion())).param("text", "Dijawab Kadis"))
                .andExpect(status().isForbidden());
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void aStaleFormChangesNothing() throws Exception {
        String redirect = mvc.perform(record("sekretariat.buton", "BOX", unique("Kotak")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = recorded(redirect);
        mvc.perform(post(redirect + "/proses").with(csrf()).with(Staff.as(users, "sekretariat.buton"))
                .param("version", String.valueOf(complaint.getVersion()))).andExpect(status().is3xxRedirection());
        mvc.perform(post(redirect + "/jawab").with(csrf()).with(Staff.as(users, "admin.buton"))
                        .param("version", String.valueOf(complaint.getVersion())).param("text", "Jawaban lama"))
                .andExpect(status().isConflict());
        assertThat(complaints.findById(complaint.getId()).orElseThrow().getAnswer()).isNull();
    }

    @Test
    void aComplaintReceivedBeforeLebaranIsDueAfterTheCutiBersama() throws Exception {
        // Tuesday 17 March 2026, 10:00 WITA. Not counted: 18 (cuti bersama), 19 (Nyepi), 20 (cuti bersama),
        // 21-22 (weekend, Idul Fitri), 23 and 24 (cuti bersama). Five working days: 25, 26, 27, 30, 31 March.
        String redirect = mvc.perform(record("sekretariat.buton", "BOX", unique("Kotak sebelum Lebaran"))
                        .param("receivedAt", "2026-03-17T10:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Complaint complaint = recorded(redirect);
        ZoneId wita = ZoneId.of("Asia/Makassar");
        assertThat(complaint.getReceivedAt()).isEqualTo(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, wita).toInstant());
        assertThat(complaint.getDueAt()).isEqualTo(ZonedDateTime.of(2026, 3, 31, 16, 0, 0, 0, wita).toInstant());
        assertThat(complaint.getAnswerWorkingDays()).isEqualTo(5);

        Document future = Jsoup.parse(mvc.perform(record("sekretariat.buton", "BOX", unique("Masa depan"))
                        .param("receivedAt", LocalDateTime.now(TestClock.INSTANCE.withZone(wita)).plusDays(2).withNano(0).withSecond(0).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(future.select("#receivedAt-error").text()).isEqualTo("Waktu diterima tidak boleh di masa depan.");
    }

    @Test
    void aRequestOfAnotherOfficeCannotBeNamed() throws Exception {
        Receipt babel = journeys.submit("babel", "Rina Babel", "rina@contoh.id");
        Document page = Jsoup.parse(mvc.perform(record("sekretariat.buton", "DESK", unique("Salah kantor"))
                        .param("requestReceiptNumber", babel.receiptNumber()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#requestReceiptNumber-error").text())
                .isEqualTo("Tidak ada permohonan kantor ini dengan nomor tanda terima tersebut.");
        Receipt buton = journeys.submit("buton", "Rina Buton", "rina@contoh.id");
        String redirect = mvc.perform(record("sekretariat.buton", "DESK", unique("Kantor sendiri"))
                        .param("requestReceiptNumber", buton.receiptNumber().toLowerCase()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(recorded(redirect).getRequestId()).isEqualTo(buton.requestId());
    }

    @Test
    void theAdministratorSetsTheDeadlineInWorkingDaysForComplaintsReceivedFromThen() throws Exception {
        Office babel = offices.findByCode("babel").orElseThrow();
        Document form = Jsoup.parse(mvc.perform(get("/admin/pengaduan").with(Staff.as(users, "admin.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(form.select("#answerWorkingDays").val()).isEqualTo("5");
        String version = form.select("input[name=version]").val();
        try {
            Document refused = Jsoup.parse(mvc.perform(post("/admin/pengaduan").with(csrf())
                            .with(Staff.as(users, "admin.babel")).param("version", version)
                            .param("answerWorkingDays", "0"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(refused.select("#answerWorkingDays-error").text()).isEqualTo("Paling kecil 1.");

            mvc.perform(post("/admin/pengaduan").with(csrf()).with(Staff.as(users, "admin.babel"))
                    .param("version", version).param("answerWorkingDays", "3")).andExpect(status().is3xxRedirection());
            mvc.perform(post("/admin/pengaduan").with(csrf()).with(Staff.as(users, "admin.babel"))
                    .param("version", version).param("answerWorkingDays", "9")).andExpect(status().isConflict());
            assertThat(service.answerWorkingDays(babel.getId())).isEqualTo(3);

            String redirect = mvc.perform(post("/kantor/babel/pengaduan").with(csrf()).with(TestFiles.freshClient())
                            .param("formKey", UUID.randomUUID().toString()).param("subject", unique("Tiga hari"))
                            .param("description", "Uraian").param("anonymous", "true"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            Complaint complaint = complaints.findByTrackingToken(redirect.substring("/lacak/pengaduan/".length()))
                    .orElseThrow();
            assertThat(complaint.getAnswerWorkingDays()).isEqualTo(3);
            assertThat(complaint.getDueAt()).isEqualTo(DeadlineByHand.due(holidays, babel, complaint.getReceivedAt(), 3));
            assertThat(mvc.perform(get(redirect)).andReturn().getResponse().getContentAsString())
                    .contains("3 hari kerja sejak diterima");
        } finally {
            ComplaintService.Settings now = service.settings(Staff.principal(users, "admin.babel"));
            service.changeAnswerWorkingDays(Staff.principal(users, "admin.babel"), now.version(), 5);
        }
    }
}
