package id.konsultasi.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.FollowUp;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.consultation.ReportReview;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.office.Office;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every letter the applicant is owed (receipt, answer letter, refusal letter, closing letter) can be printed
 * from the request's page by those who may open it, and is reachable from the tracking page; an applicant
 * without an e-mail address (walk-ins, letters handed in at the counter) is not said to have been mailed.
 */
@IntegrationTest
class ApplicantLettersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DispositionService dispositions;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ReportReview reviews;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return Staff.as(users, username);
    }

    RequestPostProcessor as(StaffUser user) {
        return Staff.as(users, user.getUsername());
    }

    /** A visitor at the desk, or a letter at the counter, without an e-mail address: registered at once. */
    Receipt withoutEmail(Channel channel) {
        return service.submit(fixtures.office("buton").getId(), new NewRequest(channel, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "La Ode Tanpa Surel", null, null, null,
                        "+6281298765432", null, null), "Bantuan sosial lansia " + UUID.randomUUID().toString().substring(0, 6),
                "Datang langsung", ConsultationMode.IN_PERSON, null, false, true), List.of(), Actor.applicant());
    }

    Document page(String url, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The page a post redirected to, as the browser shows it: with the flash message kept in the session. */
    Document followed(MvcResult posted, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(who)
                        .cookie(posted.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    byte[] pdf(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    int mails(long requestId, String kind) {
        return jdbc.queryForObject("select count(*) from outbox_mail where request_id = ? and kind = ?", Integer.class,
                requestId, kind);
    }

    @Test
    void aRefusedWalkInWithoutEmailIsNotSaidToBeMailedAndItsRefusalLetterIsPrintedByStaffAndOnTheTrackingPage()
            throws Exception {
        Receipt receipt = withoutEmail(Channel.WALK_IN);
        long id = receipt.requestId();
        String reason = "Permintaan bantuan modal usaha bukan layanan konsultasi.";
        MvcResult refused = mvc.perform(post("/staf/disposisi/" + id).with(csrf()).with(as("kadis.buton"))
                        .param("version", String.valueOf(requests.findById(id).orElseThrow().getVersion()))
                        .param("formKey", UUID.randomUUID().toString()).param("decision", "REFUSED")
                        .param("reason", reason).param("urgency", "ROUTINE"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document head = followed(refused, as("kadis.buton"));
        assertThat(head.select("[role=status]").text()).contains("tidak mencantumkan alamat e-mail",
                "cetak surat penolakan").doesNotContain("dikirim kepada pemohon");
        assertThat(mails(id, "REFUSAL_LETTER")).isZero();

        // the head lands on the disposition page: the letter is there to print
        String letterUrl = "/staf/disposisi/" + id + "/surat-penolakan.pdf";
        assertThat(head.select("#applicant-letters a[href=" + letterUrl + "]")).hasSize(1);
        String letter = Pdfs.text(pdf(letterUrl, as("kadis.buton")));
        assertThat(letter).contains("La Ode Tanpa Surel", reason).containsPattern("\\d{4}/SJ/BTN/\\d{4}");
        String number = letter.replaceAll(".*?(\\d{4}/SJ/BTN/\\d{4}).*", "$1");

        // as the lembar disposisi: for those working on the request; another office's request is a 404
        assertThat(Pdfs.text(pdf(letterUrl, as("sekretariat.buton")))).contains(number);
        mvc.perform(get(letterUrl).with(as("petugas.buton"))).andExpect(status().isForbidden());
        mvc.perform(get(letterUrl).with(as("kadis.babel"))).andExpect(status().isNotFound());

        // the request page lists what each may print: the secretariat the receipt and the refusal letter
        Document secretariat = page("/staf/permohonan/" + id, as("sekretariat.buton"));
        assertThat(secretariat.select("#applicant-letters a").eachAttr("href")).containsExactly(
                "/staf/piket/permohonan/" + id + "/tanda-terima.pdf", letterUrl);
        Document officer = page("/staf/permohonan/" + id, as("petugas.buton"));
        assertThat(officer.select("#applicant-letters a")).isEmpty();

        // the applicant: the same letter, the same number, from the tracking page
        Document tracking = page("/lacak/" + receipt.trackingToken(), as("kadis.buton"));
        String own = tracking.select("#refusal-letter").attr("href");
        assertThat(own).isEqualTo("/lacak/" + receipt.trackingToken() + "/surat-penolakan.pdf");
        // it leads with the reason and what the applicant can do next: complain, or ask again
        assertThat(tracking.select("#refusal-reason").text()).isEqualTo(reason);
        assertThat(tracking.select("#refusal a#refusal-complain").attr("href"))
                .isEqualTo("/lacak/" + receipt.trackingToken() + "/pengaduan");
        assertThat(tracking.select("#refusal a#refusal-again").attr("href")).isEqualTo("/kantor/buton/ajukan");
        assertThat(Pdfs.text(mvc.perform(get(own)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray())).contains(number, reason);
    }

    @Test
    void anAppointmentForAnApplicantWithoutEmailIsNotSaidToBeMailedAndItsAnswerLetterIsOnTheRequestPage() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        Receipt receipt = withoutEmail(Channel.LETTER);
        long id = receipt.requestId();
        dispositions.decide(Staff.principal(users, "kadis.buton"), id, new DispositionService.Decision(
                requests.findById(id).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, officer.getId(), List.of(),
                Urgency.ROUTINE, Set.of(), null));

        MvcResult scheduled = mvc.perform(post("/staf/jadwal/permohonan/" + id).with(csrf()).with(as(officer))
                        .param("date", fixtures.workingDay("buton", 1).toString()).param("startTime", "10:00")
                        .param("durationMinutes", "60").param("mode", "IN_PERSON")
                        .param("roomId", String.valueOf(fixtures.room("buton").getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("lateReason", "uji"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document appointmentPage = followed(scheduled, as(officer));
        assertThat(appointmentPage.select("[role=status]").text()).contains("tidak mencantumkan alamat e-mail",
                "cetak surat jawaban").doesNotContain("dikirim ke pemohon");
        assertThat(mails(id, "ANSWER_LETTER")).isZero();

        Appointment appointment = scheduling.activeFor(id).orElseThrow();
        String letterUrl = "/staf/jadwal/" + appointment.getId() + "/surat-jawaban.pdf";
        Document requestPage = page("/staf/permohonan/" + id, as(officer));
        assertThat(requestPage.select("#applicant-letters a").eachAttr("href")).containsExactly(letterUrl);
        assertThat(requestPage.select("#applicant-letters").text()).contains(appointment.getLetterNumber());
        assertThat(Pdfs.text(pdf(letterUrl, as(officer)))).contains("La Ode Tanpa Surel", appointment.getLetterNumber());
        assertThat(page("/staf/permohonan/" + id, as("piket.buton")).select("#applicant-letters a").eachAttr("href"))
                .containsExactly("/staf/piket/permohonan/" + id + "/tanda-terima.pdf", letterUrl);

        // the applicant's timeline does not speak of an e-mail either
        Document tracking = page("/lacak/" + receipt.trackingToken(), as(officer));
        assertThat(tracking.select("#timeline").text()).contains("dapat diunduh di halaman ini")
                .doesNotContain("e-mail Anda");
    }

    @Test
    void theClosingLetterIsOnTheRequestPageOfThoseWhoReadTheReport() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        // assigned on Wednesday morning, held from 09.00 to 10.00 and filed at 11.00
        LocalDate day = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(day.atTime(8, 0), buton.zone());
        ConsultationRequest r = fixtures.assigned("buton", "hasil." + UUID.randomUUID().toString().substring(0, 6)
                + "@contoh.id", officer);
        TestClock.INSTANCE.set(day.atTime(11, 0), buton.zone());
        RecordContent content = new RecordContent(ZonedDateTime.of(day, LocalTime.of(9, 0), buton.zone()).toInstant(),
                ZonedDateTime.of(day, LocalTime.of(10, 0), buton.zone()).toInstant(), ConsultationMode.IN_PERSON,
                officer.getId(), Set.of(), null, null, "Pemohon sendiri", "Anak putus sekolah", "Syarat bantuan",
                "Ajukan lewat desa", null, null, null, List.of(new FollowUp("Kunjungan rumah", "Pekerja sosial",
                day.plusDays(14))), ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
        ConsultationRecord filed = consultations.fileReport(me, r.getId(), null, content, null, Set.of());
        reviews.acknowledge(Staff.principal(users, "kadis.buton"), r.getId(), filed.getVersion());

        String letterUrl = "/staf/konsultasi/" + r.getId() + "/surat-hasil.pdf";
        for (RequestPostProcessor reader : List.of(as("kadis.buton"), as(officer))) {
            assertThat(page("/staf/permohonan/" + r.getId(), reader).select("#applicant-letters a").eachAttr("href"))
                    .contains(letterUrl);
            assertThat(Pdfs.text(pdf(letterUrl, reader))).contains("Ajukan lewat desa");
        }
        assertThat(page("/staf/permohonan/" + r.getId(), as("piket.buton")).select("#applicant-letters a")
                .eachAttr("href")).doesNotContain(letterUrl);
    }
}
