package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.HistoryEntry;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The head returns a report that waits for the head, with a remark for the officer: in Buton, where
 * reports come straight to the head, and in Bangka Belitung once the division head forwarded it. The
 * applicant's timeline says once, in plain words, that the report was returned for correction.
 */
@IntegrationTest
class HeadReturnTests {

    /** Wednesday 9 December 2026, a working day of both offices. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationService service;
    @Autowired
    ReportReview reviews;
    @Autowired
    ConsultationRecords records;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    final TestClock clock = TestClock.INSTANCE;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    RequestPostProcessor as(StaffUser user) {
        return user(users.loadUserByUsername(user.getUsername()));
    }

    static RecordContent content(Office office, StaffUser lead, String advice) {
        Instant start = ZonedDateTime.of(WEDNESDAY, LocalTime.of(10, 0), office.zone()).toInstant();
        Instant end = ZonedDateTime.of(WEDNESDAY, LocalTime.of(11, 0), office.zone()).toInstant();
        return new RecordContent(start, end, ConsultationMode.IN_PERSON, lead.getId(), Set.of(), null, null, null,
                "Anak putus sekolah", "Syarat bantuan dibahas", advice, null, null, null, List.of(),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
    }

    Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** The applicant's timeline, one text per step. */
    List<String> applicantTimeline(ConsultationRequest r) throws Exception {
        return Jsoup.parse(mvc.perform(get("/lacak/" + r.getTrackingToken())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).select("#timeline > li").stream()
                .map(li -> li.selectFirst("span.fw-semibold").text()).toList();
    }

    @Test
    void butonsHeadReturnsAReportToTheOfficerWithARemark() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        clock.set(WEDNESDAY.atTime(9, 0), buton.zone());
        ConsultationRequest r = fixtures.assigned("buton", "kembali.buton@contoh.id", officer);
        clock.set(WEDNESDAY.atTime(14, 0), buton.zone());
        ConsultationRecord filed = service.fileReport(me, r.getId(), null, content(buton, officer, "Saran"), null, Set.of());
        assertThat(filed.getStage()).isEqualTo(RecordStage.AT_HEAD);

        // the head sees both decisions on the report page
        Document report = page("/staf/konsultasi/" + r.getId() + "/laporan", Staff.as(users, "kadis.buton"));
        assertThat(report.select("#return-report")).hasSize(1);
        assertThat(report.select("#acknowledge-report")).hasSize(1);

        // a return needs its remark, said beside the field
        Document noRemark = Jsoup.parse(mvc.perform(post("/staf/konsultasi/" + r.getId() + "/kembalikan").with(csrf())
                        .with(Staff.as(users, "kadis.buton")).param("version", String.valueOf(filed.getVersion()))
                        .param("remark", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(noRemark.select("#remark").hasClass("is-invalid")).isTrue();

        // returned: back with the officer, the remark an internal note of the timeline
        String remark = unique("Uraikan dasar hukum saran");
        mvc.perform(post("/staf/konsultasi/" + r.getId() + "/kembalikan").with(csrf()).with(Staff.as(users, "kadis.buton"))
                        .param("version", String.valueOf(filed.getVersion())).param("remark", remark))
                .andExpect(redirectedUrl("/staf/laporan-konsultasi/kepala"));
        ConsultationRecord returned = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(returned.getStage()).isEqualTo(RecordStage.RETURNED);
        assertThat(returned.getLastRemark()).isEqualTo(remark);
        ConsultationRequest back = requests.findWholeById(r.getId()).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(RequestStatus.HELD);
        HistoryEntry last = back.getHistory().get(back.getHistory().size() - 1);
        assertThat(last.getInternalNote()).isEqualTo(remark);
        assertThat(last.getPublicNote()).isNull();

        // the officer reads the remark and who wrote it, revises and files again; the head acknowledges
        Element shown = page("/staf/konsultasi/" + r.getId(), as(officer)).selectFirst("#returned");
        assertThat(shown.text()).contains(remark, staffUsers.findByUsername("kadis.buton").orElseThrow().getFullName());
        ConsultationRecord again = service.fileReport(me, r.getId(), returned.getVersion(),
                content(buton, officer, "Saran sesuai Permensos"), null, Set.of());
        assertThat(again.getStage()).isEqualTo(RecordStage.AT_HEAD);
        reviews.acknowledge(Staff.principal(users, "kadis.buton"), r.getId(), again.getVersion());
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);

        // Buton's division head still has no step in the report's way
        mvc.perform(post("/staf/konsultasi/" + r.getId() + "/kembalikan").with(csrf()).with(Staff.as(users, "kabid.buton"))
                .param("version", String.valueOf(again.getVersion())).param("remark", "x")).andExpect(status().isForbidden());

        // the applicant reads once that the report was returned for correction, not the same two steps again
        List<String> timeline = applicantTimeline(r);
        assertThat(timeline.stream().filter(t -> t.contains("dikembalikan untuk diperbaiki"))).hasSize(1);
        assertThat(timeline.stream().filter(t -> t.equals("Konsultasi sudah dilaksanakan."))).hasSize(1);
        assertThat(timeline).containsSubsequence("Konsultasi sudah dilaksanakan.",
                "Konsultasi sudah dilaksanakan dan laporannya sedang diproses.",
                "Laporan hasil konsultasi dikembalikan untuk diperbaiki.",
                "Laporan yang sudah diperbaiki diajukan kembali.", "Layanan konsultasi selesai. Terima kasih.");
    }

    @Test
    void bangkaBelitungsHeadReturnsAForwardedReportWhichGoesThroughTheDivisionHeadAgain() throws Exception {
        Office babel = fixtures.office("babel");
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        StaffUser officer = fixtures.officer("babel");
        StaffPrincipal me = fixtures.principal(officer);
        StaffPrincipal head = Staff.principal(users, "kadis.babel");
        clock.set(WEDNESDAY.atTime(9, 0), babel.zone());
        ConsultationRequest r = fixtures.assigned("babel", "kembali.babel@contoh.id", kabid.getDivisionId(), officer);
        clock.set(WEDNESDAY.atTime(14, 0), babel.zone());
        ConsultationRecord filed = service.fileReport(me, r.getId(), null, content(babel, officer, "Saran"), null, Set.of());
        assertThat(filed.getStage()).isEqualTo(RecordStage.AT_DIVISION);

        // while it is with the division head, the head neither returns nor acknowledges it
        assertThat(page("/staf/konsultasi/" + r.getId() + "/laporan", Staff.as(users, "kadis.babel"))
                .select("#return-report")).isEmpty();
        mvc.perform(post("/staf/konsultasi/" + r.getId() + "/kembalikan").with(csrf()).with(Staff.as(users, "kadis.babel"))
                .param("version", String.valueOf(filed.getVersion())).param("remark", "terlalu cepat"))
                .andExpect(status().isConflict());

        // forwarded, then returned by the head
        reviews.forwardReport(Staff.principal(users, "kabid.babel"), r.getId(), filed.getVersion(), null);
        ConsultationRecord forwarded = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(page("/staf/konsultasi/" + r.getId() + "/laporan", Staff.as(users, "kadis.babel"))
                .select("#return-report")).hasSize(1);
        String remark = unique("Lampirkan data penerima bantuan");
        mvc.perform(post("/staf/konsultasi/" + r.getId() + "/kembalikan").with(csrf()).with(Staff.as(users, "kadis.babel"))
                        .param("version", String.valueOf(forwarded.getVersion())).param("remark", remark))
                .andExpect(redirectedUrl("/staf/laporan-konsultasi/kepala"));
        ConsultationRecord returned = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(returned.getStage()).isEqualTo(RecordStage.RETURNED);
        assertThat(returned.getLastRemark()).isEqualTo(remark);
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.HELD);

        // filed again, it goes through the division head again
        ConsultationRecord again = service.fileReport(me, r.getId(), returned.getVersion(),
                content(babel, officer, "Saran dengan data"), null, Set.of());
        assertThat(again.getStage()).isEqualTo(RecordStage.AT_DIVISION);
        reviews.forwardReport(Staff.principal(users, "kabid.babel"), r.getId(), again.getVersion(), null);
        reviews.acknowledge(head, r.getId(), records.findByRequestId(r.getId()).orElseThrow().getVersion());
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(applicantTimeline(r).stream().filter(t -> t.contains("dikembalikan untuk diperbaiki"))).hasSize(1);
    }
}
