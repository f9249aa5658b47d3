package id.konsultasi.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The satisfaction survey: a closed consultation's applicant is invited by mail and on the tracking page,
 * answers the nine questions once; walk-in respondents answer at the duty desk's kiosk.
 */
@IntegrationTest
class SurveyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestJourneys journeys;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyResponses responses;

    static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post, String formKey, int... scores) {
        post.with(csrf()).param("formKey", formKey);
        for (int i = 0; i < scores.length; i++) {
            post.param("u" + (i + 1), String.valueOf(scores[i]));
        }
        return post;
    }

    int responsesOf(long requestId) {
        return jdbc.queryForObject("select count(*) from survey_response where request_id = ?", Integer.class, requestId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void theApplicantOfAClosedConsultationIsInvitedAndAnswersOnce(String code) throws Exception {
        String email = "survei." + code + "." + UUID.randomUUID() + "@contoh.id";
        Receipt receipt = journeys.closed(code, "Siti Aminah", email);
        String survey = "/lacak/" + receipt.trackingToken() + "/survei";

        MailReader.Mail invitation = MailReader.await(email, s -> s.startsWith("Survei kepuasan"));
        assertThat(invitation.subject()).isEqualTo("Survei kepuasan layanan konsultasi " + receipt.receiptNumber());
        assertThat(invitation.text()).contains("Yth. Siti Aminah,", receipt.receiptNumber(), survey,
                offices.findByCode(code).orElseThrow().getName());

        Document tracking = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(tracking.select("#survey-invitation a").attr("href")).isEqualTo(survey);

        Document form = Jsoup.parse(mvc.perform(get(survey)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("fieldset.skm-question")).hasSize(9);
        assertThat(form.select("fieldset.skm-question input[type=radio]")).hasSize(36);
        assertThat(form.select("#q-u1 label")).extracting(e -> e.text())
                .containsExactly("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai");
        assertThat(form.select("#q-u2 label")).extracting(e -> e.text())
                .containsExactly("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah");
        assertThat(form.select("#q-u4 label")).extracting(e -> e.text())
                .containsExactly("Sangat mahal", "Cukup mahal", "Murah", "Gratis");
        assertThat(form.select("#q-u9 legend").text())
                .endsWith("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?");
        String formKey = form.select("input[name=formKey]").val();

        mvc.perform(answers(post(survey), formKey, 4, 3, 3, 4, 3, 4, 4, 2, 3).with(TestFiles.freshClient())
                        .param("comment", "Ruang tunggu perlu kipas angin.").param("age", "41").param("sex", "FEMALE")
                        .param("education", "S1").param("occupation", "WIRAUSAHA"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(survey))
                .andExpect(flash().attribute("flash", "survey.thanks"));
        assertThat(responsesOf(receipt.requestId())).isEqualTo(1);
        var saved = jdbc.queryForMap("select * from survey_response where request_id = ?", receipt.requestId());
        assertThat(saved).containsEntry("source", "INVITATION").containsEntry("u1", 4)
                .containsEntry("u8", 2).containsEntry("age", 41).containsEntry("sex", "FEMALE")
                .containsEntry("comment", "Ruang tunggu perlu kipas angin.");

        // the same form again (a double click) is counted once; another form is refused
        mvc.perform(answers(post(survey), formKey, 4, 3, 3, 4, 3, 4, 4, 2, 3).with(TestFiles.freshClient()))
                .andExpect(flash().attribute("flash", "survey.thanks"));
        mvc.perform(answers(post(survey), UUID.randomUUID().toString(), 1, 1, 1, 1, 1, 1, 1, 1, 1)
                        .with(TestFiles.freshClient()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "survey.alreadyAnswered"));
        assertThat(responsesOf(receipt.requestId())).isEqualTo(1);

        Document after = Jsoup.parse(mvc.perform(get(survey)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(after.select("#survey-answered").text()).contains(receipt.receiptNumber());
        assertThat(after.select("form[action$=/survei]")).isEmpty();
    }

    @Test
    void theDatabaseHoldsOneAnswerPerRequest() {
        Receipt receipt = journeys.closed("buton", "Dua Jawaban", "dua.jawaban@contoh.id");
        long officeId = offices.findByCode("buton").orElseThrow().getId();
        SurveyAnswer answer = new SurveyAnswer(UUID.randomUUID().toString(), SkmAnswers.of(3, 3, 3, 3, 3, 3, 3, 3, 3),
                null, Respondent.unknown());
        responses.saveAndFlush(new SurveyResponse(officeId, receipt.requestId(), SurveySource.INVITATION, answer,
                TestClock.INSTANCE.instant()));
        SurveyAnswer second = new SurveyAnswer(UUID.randomUUID().toString(), SkmAnswers.of(2, 2, 2, 2, 2, 2, 2, 2, 2),
                null, Respondent.unknown());
        assertThatThrownBy(() -> responses.saveAndFlush(new SurveyResponse(officeId, receipt.requestId(),
                SurveySource.INVITATION, second, TestClock.INSTANCE.instant()))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSurveyOpensOnlyWhenTheConsultationIsClosed() throws Exception {
        Receipt receipt = journeys.submit("babel", "Belum Selesai", "belum@contoh.id");
        String survey = "/lacak/" + receipt.trackingToken() + "/survei";
        Document tracking = Jsoup.parse(mvc.perform(get("/lacak/" + receipt.trackingToken())).andReturn().getResponse()
                .getContentAsString());
        assertThat(tracking.select("#survey-invitation")).isEmpty();
        mvc.perform(get(survey)).andExpect(redirectedUrl("/lacak/" + receipt.trackingToken()))
                .andExpect(flash().attribute("flash", "survey.notYet"));
        mvc.perform(answers(post(survey), UUID.randomUUID().toString(), 4, 4, 4, 4, 4, 4, 4, 4, 4)
                        .with(TestFiles.freshClient()))
                .andExpect(redirectedUrl("/lacak/" + receipt.trackingToken()));
        assertThat(responsesOf(receipt.requestId())).isZero();
        mvc.perform(get("/lacak/" + "x".repeat(43) + "/survei")).andExpect(status().isNotFound());
    }

    @Test
    void anUnansweredQuestionIsMarkedAndTheOtherAnswersAreKept() throws Exception {
        Receipt receipt = journeys.closed("babel", "Lupa Satu", "lupa.satu@contoh.id");
        String survey = "/lacak/" + receipt.trackingToken() + "/survei";
        Document page = Jsoup.parse(mvc.perform(answers(post(survey), UUID.randomUUID().toString(), 4, 4, 4, 4)
                        .with(TestFiles.freshClient()).param("age", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#u5-error").text()).isEqualTo("Pilih salah satu jawaban.");
        assertThat(page.select("#u9-error").text()).isEqualTo("Pilih salah satu jawaban.");
        assertThat(page.select("#u1-error")).isEmpty();
        assertThat(page.select("#q-u1 input[value=4]").hasAttr("checked")).as("the answer given is still chosen").isTrue();
        assertThat(page.select("#q-u1 input[checked]")).hasSize(1);
        assertThat(page.select("#q-u1 input[checked]").val()).isEqualTo("4");
        assertThat(page.select("#age").parents().select(".invalid-feedback").text()).isEqualTo("Paling kecil 10.");
        assertThat(responsesOf(receipt.requestId())).isZero();
    }

    @Test
    void theInvitationIsRecordedOnce() throws InterruptedException {
        Receipt receipt = journeys.closed("buton", "Sekali Undang", "sekali.undang@contoh.id");
        MailReader.await("sekali.undang@contoh.id", s -> s.contains(receipt.receiptNumber()));
        // the event handled again (a restart republishes what was not completed) invites nobody twice
        assertThat(surveys.invite(receipt.requestId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where request_id = ?", Integer.class,
                receipt.requestId())).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void walkInRespondentsAnswerOneAfterAnotherAtTheKiosk(String code) throws Exception {
        long officeId = offices.findByCode(code).orElseThrow().getId();
        Document first = Jsoup.parse(mvc.perform(get("/staf/survei/kios").with(Staff.as(users, "piket." + code)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(first.select("fieldset.skm-question")).hasSize(9);
        String key = first.select("input[name=formKey]").val();
        String comment = "Petugas piket ramah " + UUID.randomUUID();

        mvc.perform(answers(post("/staf/survei/kios"), key, 4, 4, 3, 4, 3, 3, 4, 3, 3)
                        .with(Staff.as(users, "piket." + code)).param("comment", comment))
                .andExpect(redirectedUrl("/staf/survei/kios")).andExpect(flash().attribute("flash", "survey.kiosk.thanks"));
        // the same form sent again (a double tap) is counted once
        mvc.perform(answers(post("/staf/survei/kios"), key, 4, 4, 3, 4, 3, 3, 4, 3, 3)
                        .with(Staff.as(users, "piket." + code)).param("comment", comment))
                .andExpect(redirectedUrl("/staf/survei/kios"));
        assertThat(jdbc.queryForList("select source, request_id, office_id from survey_response where comment = ?",
                comment)).singleElement().satisfies(row -> {
                    assertThat(row.get("source")).isEqualTo("KIOSK");
                    assertThat(row.get("request_id")).isNull();
                    assertThat(row.get("office_id")).isEqualTo(officeId);
                });

        // the next respondent gets an empty form of their own
        Document next = Jsoup.parse(mvc.perform(get("/staf/survei/kios").with(Staff.as(users, "piket." + code)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(next.select("input[name=formKey]").val()).isNotEqualTo(key);
        assertThat(next.select("input[type=radio][checked]")).isEmpty();
        assertThat(next.select("#comment").text()).isEmpty();
    }

    @Test
    void theKioskIsTheDutyOfficers() throws Exception {
        for (String who : new String[]{"kadis.buton", "sekretariat.babel", "admin.buton", "petugas.babel", "admin"}) {
            mvc.perform(get("/staf/survei/kios").with(Staff.as(users, who))).andExpect(status().isForbidden());
            mvc.perform(answers(post("/staf/survei/kios"), UUID.randomUUID().toString(), 4, 4, 4, 4, 4, 4, 4, 4, 4)
                    .with(Staff.as(users, who))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/staf/survei/kios")).andExpect(redirectedUrl("/masuk"));
    }
}
