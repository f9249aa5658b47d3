package id.konsultasi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.konsultasi.office.Office;
import id.konsultasi.office.Offices;
import id.konsultasi.shared.Period;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.SqlStatements;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's public performance page: only the periods its head published, each with the IKM the IKM page
 * gives and the on-time shares the reports give for the same period, and the head's text.
 */
@IntegrationTest
class PerformancePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReportService reports;

    Office buton;
    int year;
    Period q3;

    /** A year of its own, long ago, with nothing published anywhere. */
    @BeforeEach
    void aYearOfItsOwn() {
        jdbc.update("delete from performance_publication");
        buton = offices.findByCode("buton").orElseThrow();
        year = 1971 + ThreadLocalRandom.current().nextInt(0, 28);
        q3 = new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 30));
        jdbc.update("delete from survey_response where answered_at >= ? and answered_at < ?",
                Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneId.of("UTC")).minusDays(1).toInstant()),
                Timestamp.from(LocalDate.of(year + 1, 1, 2).atStartOfDay(ZoneId.of("UTC")).toInstant()));
    }

    void answers(int count, LocalDate day) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            jdbc.update("""
                    insert into survey_response (office_id, source, idempotency_key, answered_at, u1, u2, u3, u4, u5,
                                                 u6, u7, u8, u9)
                    values (?, 'KIOSK', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", buton.getId(), UUID.randomUUID().toString(),
                    Timestamp.from(day.atTime(10, 0).atZone(buton.zone()).toInstant()), random.nextInt(2, 5),
                    random.nextInt(2, 5), random.nextInt(1, 5), random.nextInt(3, 5), random.nextInt(2, 5),
                    random.nextInt(2, 5), random.nextInt(3, 5), random.nextInt(2, 5), random.nextInt(1, 5));
        }
    }

    Document page(String code, String... params) throws Exception {
        var request = get("/kantor/" + code + "/kinerja");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    void publish(String head, int year, Integer quarter, String text) throws Exception {
        var request = post("/staf/kinerja/terbitkan").with(csrf()).with(Staff.as(users, head))
                .param("year", String.valueOf(year)).param("followUp", text);
        if (quarter != null) {
            request.param("quarter", String.valueOf(quarter));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    static String percent(Optional<java.math.BigDecimal> percent) {
        return percent.map(java.math.BigDecimal::toPlainString).orElse("");
    }

    @Test
    void nothingPublishedSaysSo() throws Exception {
        Document page = page("buton");
        assertThat(page.select("#nothing-published").text()).isEqualTo("Belum ada periode yang diterbitkan.");
        assertThat(page.select(".performance-period")).isEmpty();
        // the office page links to it
        Document office = Jsoup.parse(mvc.perform(get("/kantor/buton")).andReturn().getResponse().getContentAsString());
        assertThat(office.select("a[href=/kantor/buton/kinerja]")).hasSize(1);
    }

    @Test
    void aPublishedQuarterShowsTheFiguresOfTheIkmPageAndTheReportsWithTheHeadsText() throws Exception {
        answers(31, LocalDate.of(year, 8, 14));
        answers(3, LocalDate.of(year, 10, 2));
        String text = "Loket dibuka lebih pagi " + UUID.randomUUID();
        publish("kadis.buton", year, 3, text);

        Element period = page("buton").selectFirst("#p-" + year + "-3");
        assertThat(period).isNotNull();
        assertThat(period.select(".follow-up").text()).isEqualTo(text);

        Document ikm = Jsoup.parse(mvc.perform(get("/staf/ikm").param("dari", q3.from().toString())
                        .param("sampai", q3.to().toString()).with(Staff.as(users, "kadis.buton")))
                .andReturn().getResponse().getContentAsString());
        assertThat(ikm.select("#respondents").text()).isEqualTo("31");
        assertThat(period.select(".respondents").text()).isEqualTo("31");
        assertThat(period.select(".ikm-value").text()).isEqualTo(ikm.select("#ikm-value").text());
        assertThat(period.select(".ikm-grade").text()).contains(ikm.select("#ikm-grade").text());

        OfficeReport report = reports.report(buton.getId(), q3);
        assertThat(period.select(".share-answerLetters").attr("data-percent")).isEqualTo(percent(report.answerLetters().percent()));
        assertThat(period.select(".share-consultations").attr("data-percent")).isEqualTo(percent(report.consultations().percent()));
        assertThat(period.select(".share-walkIns").attr("data-percent")).isEqualTo(percent(report.walkIns().percent()));
        assertThat(period.select(".complaints-received").text()).isEqualTo(String.valueOf(report.complaints().total()));
        assertThat(period.select(".complaints-on-time").attr("data-percent")).isEqualTo(percent(report.complaints().onTimePercent()));

        // the whole year, not published, is not shown; withdrawn, the quarter is gone too
        assertThat(page("buton").select("#p-" + year)).isEmpty();
        mvc.perform(post("/staf/kinerja/tarik").with(csrf()).with(Staff.as(users, "kadis.buton"))
                .param("year", String.valueOf(year)).param("quarter", "3")).andExpect(status().is3xxRedirection());
        assertThat(page("buton").select("#p-" + year + "-3")).isEmpty();
    }

    @Test
    void fewerRespondentsThanTheSettingShowNoIkmButTheOtherFigures() throws Exception {
        answers(29, LocalDate.of(year, 2, 3));
        publish("kadis.buton", year, null, "Survei di loket");

        Element period = page("buton").selectFirst("#p-" + year);
        assertThat(period).isNotNull();
        assertThat(period.select(".ikm-value")).isEmpty();
        assertThat(period.select(".not-enough").text()).contains("belum cukup responden");
        assertThat(period.select(".respondents").text()).isEqualTo("29");
        assertThat(period.select(".complaints-received")).hasSize(1);
    }

    @Test
    void anotherOfficesHeadPublishesOnlyForHisOwnAndOtherRolesCannot() throws Exception {
        publish("kadis.babel", year, 3, "Untuk Babel");
        assertThat(page("buton").select(".performance-period")).isEmpty();
        assertThat(page("babel").select("#p-" + year + "-3 .follow-up").text()).isEqualTo("Untuk Babel");

        for (String other : new String[]{"petugas.buton", "kabid.buton", "admin.buton", "sekretariat.buton"}) {
            mvc.perform(get("/staf/kinerja").with(Staff.as(users, other))).andExpect(status().isForbidden());
            mvc.perform(post("/staf/kinerja/terbitkan").with(csrf()).with(Staff.as(users, other))
                    .param("year", String.valueOf(year)).param("followUp", "x")).andExpect(status().isForbidden());
        }
        assertThat(page("buton").select(".performance-period")).isEmpty();
    }

    @Test
    void theHeadSeesThePeriodsWithTheirFiguresAndKeepsWhatHeTypedOnAnError() throws Exception {
        Document staff = Jsoup.parse(mvc.perform(get("/staf/kinerja").with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(staff.select("#s-2026-3")).hasSize(1);
        assertThat(staff.select("#s-2026")).hasSize(1);

        String tooLong = "x".repeat(2001);
        Document error = Jsoup.parse(mvc.perform(post("/staf/kinerja/terbitkan").with(csrf())
                        .with(Staff.as(users, "kadis.buton")).param("year", "2026").param("quarter", "3")
                        .param("followUp", tooLong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(error.select("#s-2026-3 textarea").text()).isEqualTo(tooLong);
        assertThat(error.select("#s-2026-3 .invalid-feedback").text()).isNotBlank();
        assertThat(page("buton").select(".performance-period")).isEmpty();
    }

    @Test
    void aPageOfPublishedPeriodsCostsTheSameStatementsHoweverManyOnceItsFiguresAreKept() throws Exception {
        publish("kadis.buton", year, 1, "Satu");
        page("buton");
        List<String> one = SqlStatements.of(() -> page("buton"));
        publish("kadis.buton", year, 2, "Dua");
        publish("kadis.buton", year, null, "Setahun");
        page("buton");
        List<String> three = SqlStatements.of(() -> page("buton"));
        assertThat(page("buton").select(".performance-period")).hasSize(3);
        assertThat(three).hasSameSizeAs(one);
        assertThat(three.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void inEnglish() throws Exception {
        answers(30, LocalDate.of(year, 8, 1));
        publish("kadis.buton", year, 3, "Earlier opening");
        Document page = page("buton", "lang", "en");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).contains("Performance");
        assertThat(page.select("#p-" + year + "-3 h2").text()).isEqualTo("Q3 " + year);
        assertThat(page.select("#p-" + year + "-3 .respondents").text()).isEqualTo("30");
    }
}
