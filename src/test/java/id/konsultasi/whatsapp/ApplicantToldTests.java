package id.konsultasi.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import id.konsultasi.notification.WhatsAppMessage;
import id.konsultasi.notification.WhatsAppOutbox;
import id.konsultasi.notification.WhatsAppSender;
import id.konsultasi.office.Office;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An applicant without an e-mail address is told everything the others are mailed: the request page lists each
 * message the applicant is owed and how it went (e-mail, WhatsApp, handed over at the counter), the WhatsApp button
 * opens wa.me with the message in the applicant's language and the tracking link, and each send or hand-over is
 * recorded with who and when, in the list and in the timeline.
 */
@IntegrationTest
class ApplicantToldTests {

    static final String PHONE = "+6281377712345";

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DispositionService dispositions;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ReportReview reviews;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    WhatsAppOutbox whatsAppOutbox;
    @Autowired
    WhatsAppSender whatsAppSender;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clockBack() {
        TestClock.INSTANCE.reset();
    }

    RequestPostProcessor as(String username) {
        return Staff.as(users, username);
    }

    Receipt withoutEmail(String office, Channel channel, String language) {
        return service.submit(fixtures.office(office).getId(), new NewRequest(channel, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Siti Tanpa Surel", null, null, null, PHONE, null,
                        null), "Bantuan pendidikan " + UUID.randomUUID().toString().substring(0, 6), "Bertanya syarat",
                ConsultationMode.IN_PERSON, null, false, true).inLanguage(language), List.of(), Actor.applicant());
    }

    Document page(long id, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/staf/permohonan/" + id).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    Element row(Document page, String kind) {
        Element row = page.selectFirst("#applicant-told [data-kind=" + kind + "]");
        assertThat(row).as("the told list has a line for " + kind).isNotNull();
        return row;
    }

    /**
     * Presses the WhatsApp button of a message: the send is recorded, and the new tab opens wa.me (the page's
     * {@code Refresh}, and its link) with the applicant's number and the text, which is returned.
     */
    String whatsApp(Document page, String kind, RequestPostProcessor who) throws Exception {
        Element form = row(page, kind).selectFirst("form.told-whatsapp");
        assertThat(form).isNotNull();
        assertThat(form.attr("target")).isEqualTo("_blank");
        assertThat(form.attr("method")).isEqualTo("post");
        MvcResult sent = mvc.perform(post(form.attr("action")).with(csrf()).with(who))
                .andExpect(status().isSeeOther()).andReturn();
        MvcResult opening = mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(who))
                .andExpect(status().isOk()).andReturn();
        String address = Jsoup.parse(opening.getResponse().getContentAsString()).select("#open-whatsapp").attr("href");
        assertThat(opening.getResponse().getHeader("Refresh")).isEqualTo("0; url=" + address);
        URI location = URI.create(address);
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath())
                .isEqualTo("https://wa.me/6281377712345");
        assertThat(location.getRawQuery()).startsWith("text=");
        return URLDecoder.decode(location.getRawQuery().substring("text=".length()), StandardCharsets.UTF_8);
    }

    QueryCounter.Counted<Document> statementsOf(long id, RequestPostProcessor who) {
        return QueryCounter.count(() -> {
            try {
                return page(id, who);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void handOver(Document page, String kind, RequestPostProcessor who) throws Exception {
        Element form = row(page, kind).selectFirst("form.told-print");
        assertThat(form).isNotNull();
        mvc.perform(post(form.attr("action")).with(csrf()).with(who)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aBangkaBelitungApplicantWithoutEmailIsToldTheReceiptByWhatsAppInEnglishAndItIsRecorded() throws Exception {
        Receipt receipt = withoutEmail("babel", Channel.ONLINE, "en");
        long id = receipt.requestId();

        Document before = page(id, as("sekretariat.babel"));
        Element line = row(before, "RECEIPT");
        assertThat(line.text()).contains("Tanda terima", "tidak ada alamat e-mail", "Belum disampaikan");
        assertThat(before.select("#applicant-told [data-kind]").eachAttr("data-kind")).containsExactly("RECEIPT");

        String text = whatsApp(before, "RECEIPT", as("sekretariat.babel"));
        assertThat(text).contains("Siti Tanpa Surel", receipt.receiptNumber(),
                "http://localhost:8080/lacak/" + receipt.trackingToken()).containsIgnoringCase("receipt")
                .doesNotContain("Tanda terima");

        Document after = page(id, as("kadis.babel"));
        String fullName = Staff.principal(users, "sekretariat.babel").fullName();
        assertThat(row(after, "RECEIPT").text()).contains("WhatsApp", fullName).doesNotContain("Belum disampaikan");
        assertThat(after.select("#timeline").text()).contains("Tanda terima dikirim lewat WhatsApp oleh " + fullName);

        // handed over at the counter: print, recorded the same way
        handOver(after, "RECEIPT", as("piket.babel"));
        Document printed = page(id, as("sekretariat.babel"));
        String desk = Staff.principal(users, "piket.babel").fullName();
        assertThat(row(printed, "RECEIPT").text()).contains("Diserahkan di loket", desk);
        assertThat(printed.select("#timeline").text()).contains("Tanda terima diserahkan di loket oleh " + desk);

        // another office's staff cannot, whatever they post; nor can anyone tell what is not owed yet
        String sendUrl = row(printed, "RECEIPT").selectFirst("form.told-whatsapp").attr("action");
        mvc.perform(post(sendUrl).with(csrf()).with(as("kadis.buton"))).andExpect(status().isNotFound());
        mvc.perform(get(sendUrl).with(as("kadis.buton"))).andExpect(status().isNotFound());
        mvc.perform(post(sendUrl.replace("RECEIPT", "CLOSING_LETTER")).with(csrf()).with(as("sekretariat.babel")))
                .andExpect(status().isNotFound());
        mvc.perform(post(sendUrl).with(as("sekretariat.babel"))).andExpect(status().isForbidden());
        assertThat(page(id, as("sekretariat.babel")).select("#timeline").text())
                .containsOnlyOnce("dikirim lewat WhatsApp");

        // the Cloud API sender is off (the default): nothing is queued, nothing sent
        assertThat(whatsAppOutbox.enqueue(new WhatsAppMessage(fixtures.office("babel").getId(), id, "RECEIPT",
                "6281377712345", "en", List.of("Siti"), null).causedBy("uji"))).isFalse();
        assertThat(whatsAppSender.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from whatsapp_outbox where request_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anApplicantWithoutEmailGetsTheReceiptAnswerLetterAndClosingLetterByWhatsAppAndPrint() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        LocalDate day = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(day.atTime(8, 0), buton.zone());
        Receipt receipt = withoutEmail("buton", Channel.LETTER, "id");
        long id = receipt.requestId();
        dispositions.decide(Staff.principal(users, "kadis.buton"), id, new DispositionService.Decision(
                requests.findById(id).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, officer.getId(), List.of(),
                Urgency.ROUTINE, Set.of(), null));
        mvc.perform(post("/staf/jadwal/permohonan/" + id).with(csrf()).with(Staff.as(users, officer.getUsername()))
                        .param("date", day.toString()).param("startTime", "09:00")
                        .param("durationMinutes", "60").param("mode", "IN_PERSON")
                        .param("roomId", String.valueOf(fixtures.room("buton").getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("lateReason", "uji"))
                .andExpect(status().is3xxRedirection());

        RequestPostProcessor desk = as("piket.buton");
        Document scheduled = page(id, desk);
        assertThat(scheduled.select("#applicant-told [data-kind]").eachAttr("data-kind"))
                .containsExactly("RECEIPT", "ANSWER_LETTER");
        assertThat(whatsApp(scheduled, "RECEIPT", desk)).contains("Nomor tanda terima", receipt.receiptNumber());
        String answer = whatsApp(scheduled, "ANSWER_LETTER", desk);
        assertThat(answer).contains("Siti Tanpa Surel", receipt.receiptNumber(), "9 Desember 2026", "09.00",
                "http://localhost:8080/lacak/" + receipt.trackingToken());
        handOver(page(id, desk), "ANSWER_LETTER", desk);

        TestClock.INSTANCE.set(day.atTime(11, 0), buton.zone());
        RecordContent content = new RecordContent(ZonedDateTime.of(day, LocalTime.of(9, 0), buton.zone()).toInstant(),
                ZonedDateTime.of(day, LocalTime.of(10, 0), buton.zone()).toInstant(), ConsultationMode.IN_PERSON,
                officer.getId(), Set.of(), null, null, "Pemohon sendiri", "Beasiswa", "Syarat beasiswa",
                "Ajukan lewat sekolah", null, null, null, List.of(new FollowUp("Kunjungan rumah", "Pekerja sosial",
                day.plusDays(14))), ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
        ConsultationRecord filed = consultations.fileReport(me, id, null, content, null, Set.of());
        reviews.acknowledge(Staff.principal(users, "kadis.buton"), id, filed.getVersion());

        int statementsBefore = statementsOf(id, desk).statements().size();
        Document closed = page(id, desk);
        assertThat(closed.select("#applicant-told [data-kind]").eachAttr("data-kind"))
                .contains("RECEIPT", "ANSWER_LETTER", "CLOSING_LETTER", "SURVEY_INVITATION");
        assertThat(whatsApp(closed, "CLOSING_LETTER", desk)).contains(receipt.receiptNumber(),
                "http://localhost:8080/lacak/" + receipt.trackingToken());
        handOver(page(id, desk), "CLOSING_LETTER", desk);

        // what was told adds no statement to the page
        QueryCounter.Counted<Document> counted = statementsOf(id, desk);
        Document told = counted.result();
        assertThat(counted.statements()).hasSizeLessThanOrEqualTo(statementsBefore);
        for (String kind : List.of("RECEIPT", "ANSWER_LETTER", "CLOSING_LETTER")) {
            assertThat(row(told, kind).text()).contains("WhatsApp");
        }
        assertThat(row(told, "ANSWER_LETTER").text()).contains("Diserahkan di loket");
        assertThat(row(told, "CLOSING_LETTER").text()).contains("Diserahkan di loket");
        assertThat(row(told, "SURVEY_INVITATION").text()).contains("Belum disampaikan");
        assertThat(row(told, "SURVEY_INVITATION").select("form.told-print")).isEmpty();
        assertThat(told.select("#timeline").text()).contains("Surat jawaban dikirim lewat WhatsApp",
                "Surat hasil konsultasi diserahkan di loket");
    }

    @Test
    void theIncompleteFileNoticeAndTheRefusalCarryTheirReasonsAndOnlyLettersAreHandedOver() throws Exception {
        Receipt incomplete = withoutEmail("babel", Channel.ONLINE, "id");
        String missing = "Surat pengantar dari desa belum dilampirkan.";
        service.markIncomplete(Staff.principal(users, "sekretariat.babel"), incomplete.requestId(),
                requests.findById(incomplete.requestId()).orElseThrow().getVersion(), missing);
        Document page = page(incomplete.requestId(), as("piket.babel"));
        assertThat(page.select("#applicant-told [data-kind]").eachAttr("data-kind"))
                .containsExactly("RECEIPT", "INCOMPLETE");
        assertThat(row(page, "INCOMPLETE").select("form.told-print")).isEmpty();
        assertThat(whatsApp(page, "INCOMPLETE", as("piket.babel"))).contains(missing, "belum lengkap",
                "http://localhost:8080/lacak/" + incomplete.trackingToken());
        mvc.perform(post("/staf/kabar/" + incomplete.requestId() + "/INCOMPLETE/diserahkan").with(csrf())
                .with(as("piket.babel"))).andExpect(status().isNotFound());

        Receipt refused = withoutEmail("buton", Channel.LETTER, "en");
        String reason = "Business capital is not a consultation service.";
        mvc.perform(post("/staf/disposisi/" + refused.requestId()).with(csrf()).with(as("kadis.buton"))
                        .param("version", String.valueOf(requests.findById(refused.requestId()).orElseThrow().getVersion()))
                        .param("formKey", UUID.randomUUID().toString()).param("decision", "REFUSED")
                        .param("reason", reason).param("urgency", "ROUTINE"))
                .andExpect(status().is3xxRedirection());
        Document refusal = page(refused.requestId(), as("sekretariat.buton"));
        assertThat(refusal.select("#applicant-told [data-kind]").eachAttr("data-kind"))
                .containsExactly("RECEIPT", "REFUSAL_LETTER");
        assertThat(whatsApp(refusal, "REFUSAL_LETTER", as("sekretariat.buton"))).contains("Hello Siti Tanpa Surel",
                reason, "refusal letter");
        handOver(refusal, "REFUSAL_LETTER", as("sekretariat.buton"));
        assertThat(row(page(refused.requestId(), as("kadis.buton")), "REFUSAL_LETTER").text())
                .contains("Diserahkan di loket", "WhatsApp");
    }

    @Test
    void anApplicantWithEmailIsToldByMailAndThePageSaysWhenItWasSent() throws Exception {
        long id = fixtures.assigned("buton", "kabar." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id",
                fixtures.officer("buton")).getId();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(page(id, as("kadis.buton")),
                "RECEIPT").text()).contains("E-mail: terkirim").doesNotContain("Belum disampaikan"));
    }
}
