package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * When a consultation can have been held: after its request was registered and decided (the officers
 * assigned), not in the future, and outside the office's working hours only with a reason, which the
 * report shows. Refused times are said beside their field, in the reader's language, and nothing typed is lost.
 */
@IntegrationTest
class HeldTimesTests {

    /** Wednesday 9 December 2026, a working day of both offices. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    ConsultationRecords records;
    @Autowired
    UserDetailsService users;

    final TestClock clock = TestClock.INSTANCE;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockMultipartHttpServletRequestBuilder held(ConsultationRequest r, StaffUser officer, LocalDate day, String start, String end,
                                       String problem) {
        return record("/terlaksana", -1, r, officer, day, start, end, problem);
    }

    /** The record form sent to one of its actions: "" (save the draft), "/draf" (automatic save), "/terlaksana". */
    MockMultipartHttpServletRequestBuilder record(String action, long version, ConsultationRequest r, StaffUser officer,
                                                  LocalDate day, String start, String end, String problem) {
        return multipart("/staf/konsultasi/" + r.getId() + action).with(csrf())
                .with(user(users.loadUserByUsername(officer.getUsername())))
                .param("version", String.valueOf(version)).param("date", day.toString()).param("startTime", start).param("endTime", end)
                .param("modeUsed", "IN_PERSON").param("leadOfficerId", String.valueOf(officer.getId()))
                .param("problem", problem);
    }

    Document page(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aConsultationIsNotHeldBeforeItsRequestWasDecidedNorInTheFuture() throws Exception {
        Office babel = fixtures.office("babel");
        StaffUser officer = fixtures.officer("babel");
        // submitted, registered and assigned at 23.10 WIB
        clock.set(WEDNESDAY.atTime(23, 10), babel.zone());
        ConsultationRequest r = fixtures.assigned("babel", "malam@contoh.id", officer);
        clock.set(WEDNESDAY.atTime(23, 20), babel.zone());
        String problem = unique("Diketik pada malam hari");

        // held 22.30 - 23.15 the same evening: before the request was even submitted
        Document before = page(held(r, officer, WEDNESDAY, "22:30", "23:15", problem));
        assertThat(before.select("#startTime").hasClass("is-invalid")).isTrue();
        assertThat(before.select("#startTime-error").text()).contains("sebelum", "23.10 WIB");
        assertThat(before.select("#error-summary")).isNotEmpty();
        assertThat(before.select("#startTime").val()).isEqualTo("22:30");
        assertThat(before.select("#endTime").val()).isEqualTo("23:15");
        assertThat(before.select("#problem").text()).isEqualTo(problem);
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        assertThat(records.findByRequestId(r.getId()).map(ConsultationRecord::getStage).orElse(RecordStage.DRAFT))
                .isEqualTo(RecordStage.DRAFT);

        // in English for the reader who chose it
        Document english = page(held(r, officer, WEDNESDAY, "22:30", "23:15", problem)
                .cookie(new Cookie("KONSULTASI_LANG", "en")));
        assertThat(english.select("#startTime-error").text()).contains("before", "23.10 WIB");

        // a day before: the date is what is wrong
        Document dayBefore = page(held(r, officer, WEDNESDAY.minusDays(1), "10:00", "11:00", problem));
        assertThat(dayBefore.select("#date").hasClass("is-invalid")).isTrue();
        assertThat(dayBefore.select("#date-error").text()).contains("sebelum");

        // still going on: not yet
        Document future = page(held(r, officer, WEDNESDAY, "23:12", "23:50", problem));
        assertThat(future.select("#endTime").hasClass("is-invalid")).isTrue();
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
    }

    @Test
    void aDraftWrittenBeforeTheConsultationKeepsItsPlannedTimes() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        clock.set(WEDNESDAY.atTime(8, 0), buton.zone());
        ConsultationRequest r = fixtures.assigned("buton", "persiapan@contoh.id", officer);
        String problem = unique("Disiapkan sebelum pertemuan");

        // at 08.30 the officer prepares the record of the consultation planned for 10.00 - 11.00: a draft,
        // by the button and by the automatic save
        clock.set(WEDNESDAY.atTime(8, 30), buton.zone());
        mvc.perform(record("", -1, r, officer, WEDNESDAY, "10:00", "11:00", problem)).andExpect(status().is3xxRedirection());
        ConsultationRecord draft = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(draft.getStage()).isEqualTo(RecordStage.DRAFT);
        assertThat(draft.getProblem()).isEqualTo(problem);
        mvc.perform(record("/draf", draft.getVersion(), r, officer, WEDNESDAY, "10:00", "11:30", problem + " lagi"))
                .andExpect(status().isOk());
        assertThat(records.findByRequestId(r.getId()).orElseThrow().getProblem()).isEqualTo(problem + " lagi");

        // recording it as held at 08.30 is still refused: it has not ended
        Document early = page(record("/terlaksana", records.findByRequestId(r.getId()).orElseThrow().getVersion(), r,
                officer, WEDNESDAY, "10:00", "11:00", problem));
        assertThat(early.select("#endTime").hasClass("is-invalid")).isTrue();
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
    }

    @Test
    void outsideWorkingHoursAConsultationNeedsAReasonWhichTheReportShows() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        clock.set(WEDNESDAY.atTime(9, 0), buton.zone());
        ConsultationRequest r = fixtures.assigned("buton", "lembur@contoh.id", officer);
        clock.set(WEDNESDAY.atTime(20, 0), buton.zone());
        String problem = unique("Dilayani sesudah jam kantor");

        // 17.30 - 18.30 WITA, after closing: the reason is asked beside its field, nothing recorded yet
        Document noReason = page(held(r, officer, WEDNESDAY, "17:30", "18:30", problem));
        assertThat(noReason.select("#outsideHoursReason").hasClass("is-invalid")).isTrue();
        assertThat(noReason.select("#outsideHoursReason").first().parent().select(".invalid-feedback").text())
                .contains("di luar jam kerja", "WITA");
        assertThat(noReason.select("#problem").text()).isEqualTo(problem);
        assertThat(noReason.select("#startTime").val()).isEqualTo("17:30");
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);
        Document english = page(held(r, officer, WEDNESDAY, "17:30", "18:30", problem)
                .cookie(new Cookie("KONSULTASI_LANG", "en")));
        assertThat(english.select("#outsideHoursReason").first().parent().select(".invalid-feedback").text())
                .contains("outside", "working hours");

        // with the reason it is recorded, and the report says why
        String reason = unique("Pemohon hanya dapat datang sepulang kerja");
        mvc.perform(held(r, officer, WEDNESDAY, "17:30", "18:30", problem).param("outsideHoursReason", reason))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.HELD);
        Document report = Jsoup.parse(mvc.perform(get("/staf/konsultasi/" + r.getId() + "/laporan")
                        .with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.select("#outside-hours-reason").text()).contains(reason);

        // inside working hours no reason is asked
        ConsultationRequest inHours = fixtures.assigned("buton", "jamkerja@contoh.id", officer);
        clock.set(WEDNESDAY.plusDays(1).atTime(12, 0), buton.zone());
        mvc.perform(held(inHours, officer, WEDNESDAY.plusDays(1), "09:00", "10:00", problem))
                .andExpect(status().is3xxRedirection());
        assertThat(requests.findById(inHours.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.HELD);
    }
}
