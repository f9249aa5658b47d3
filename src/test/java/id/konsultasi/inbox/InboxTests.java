package id.konsultasi.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.desk.GuestVisits;
import id.konsultasi.desk.WaitingBoard;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.RequestMoves;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestStaff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff home is the work inbox: what waits for the person signed in, by kind, with the state of the deadlines
 * and a link to the list, and the same counts as badges in the navigation. Counted in offices of the test's own (or
 * for a new officer), so that the numbers are exact.
 */
@IntegrationTest
class InboxTests {

    /** Wednesday 2 December 2026, a working day; the answer letter of a request received then is due on Thursday. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OfficeAdministration officeAdministration;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    Divisions divisions;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    RequestService requestService;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WaitingBoard board;
    @Autowired
    GuestVisits visits;
    @Autowired
    ComplaintService complaints;

    final TestClock clock = TestClock.INSTANCE;

    GeneratedRequests.BenchOffice newOffice() {
        return GeneratedRequests.createOffice(officeAdministration, offices, directory, userAdministration);
    }

    StaffUser officer(long officeId, Long divisionId) {
        String name = "petugas-" + UUID.randomUUID().toString().substring(0, 8);
        return userAdministration.create(TestStaff.SYSTEM, officeId, name, "rahasia-sekali-123",
                new StaffUser.Profile("Petugas " + name, "Pekerja Sosial", null, null, null, divisionId),
                EnumSet.of(Role.PETUGAS));
    }

    long submitted(long officeId, Consumer<ConsultationRequest> move) {
        long id = requestService.submit(officeId, new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                new NewRequest.ApplicantData(ApplicantType.PERSON, "Pemohon Kotak Kerja", null, null, null,
                        "+6281234567890", null, null), "Pendampingan keluarga", "Konsultasi pendampingan",
                ConsultationMode.IN_PERSON, null, false, true), List.of(), Actor.applicant()).requestId();
        transactions.executeWithoutResult(status -> {
            ConsultationRequest r = requests.findById(id).orElseThrow();
            move.accept(r);
            requests.save(r);
        });
        return id;
    }

    Document page(String path, String who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Staff.as(users, who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** One kind of the inbox as the page shows it: "count | states", or null when it is not shown. */
    static String group(Document home, WorkKind kind) {
        Element row = home.getElementById("inbox-" + kind.name());
        if (row == null) {
            return null;
        }
        assertThat(row.selectFirst("a").attr("href")).isEqualTo(kind.path());
        Element states = row.selectFirst(".inbox-states");
        return row.selectFirst(".inbox-count").text() + (states == null ? "" : " | " + states.text());
    }

    /** The badge of a link of the navigation, as a screen reader reads it; empty without one. */
    static String badge(Document page, String path) {
        return page.select("nav a[href=" + path + "] .visually-hidden").text();
    }

    @Test
    void theHeadSeesTheDecisionsAndTheReportsWaitingWithTheirDeadlinesAndNobodyElseDoes() throws Exception {
        clock.set(WEDNESDAY.atTime(9, 0), MAKASSAR);
        GeneratedRequests.BenchOffice office = newOffice();
        StaffUser officer = officer(office.officeId(), null);
        submitted(office.officeId(), r -> RequestMoves.register(r, Actor.system(), clock.instant()));
        long reported = submitted(office.officeId(), r -> RequestMoves.registerAndAssign(r, "0001/UJI/2026", null,
                List.of(officer.getId()), Actor.system(), clock.instant()));
        clock.set(WEDNESDAY.atTime(14, 0), MAKASSAR);
        Instant start = ZonedDateTime.of(WEDNESDAY, LocalTime.of(10, 0), MAKASSAR).toInstant();
        consultations.fileReport(officer.toPrincipal(), reported, null, new RecordContent(start,
                start.plusSeconds(3600), ConsultationMode.IN_PERSON, officer.getId(), Set.of(), null, null, null,
                "Anak putus sekolah", "Syarat bantuan dibahas", "Saran", null, null, null, List.of(),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of()), null, Set.of());

        Document home = page("/staf", office.head());
        assertThat(group(home, WorkKind.DECISIONS)).isEqualTo("1 | 1 tepat waktu");
        assertThat(group(home, WorkKind.REPORTS_TO_ACKNOWLEDGE)).isEqualTo("1");
        assertThat(home.getElementById("inbox-empty")).isNull();
        assertThat(badge(home, "/staf/disposisi")).isEqualTo("1 menunggu");
        assertThat(badge(home, "/staf/laporan-konsultasi/kepala")).isEqualTo("1 menunggu");
        // the dashboard says the same
        assertThat(page("/staf/disposisi", office.head()).select("#count-waiting").text()).isEqualTo("1");

        clock.set(WEDNESDAY.plusDays(1).atTime(8, 0), MAKASSAR);
        assertThat(group(page("/staf", office.head()), WorkKind.DECISIONS)).isEqualTo("1 | 1 jatuh tempo hari ini");
        clock.set(WEDNESDAY.plusDays(2).atTime(10, 0), MAKASSAR);
        assertThat(group(page("/staf", office.head()), WorkKind.DECISIONS)).isEqualTo("1 | 1 terlambat");

        // another role of the office, and the head of another office, see none of it
        Document divisionHead = page("/staf", office.divisionHead());
        assertThat(group(divisionHead, WorkKind.DECISIONS)).isNull();
        assertThat(group(divisionHead, WorkKind.REPORTS_TO_ACKNOWLEDGE)).isNull();
        assertThat(divisionHead.getElementById("inbox-empty")).isNotNull();
        assertThat(badge(divisionHead, "/staf/bidang")).isEmpty();
        Document otherHead = page("/staf", newOffice().head());
        assertThat(otherHead.getElementById("inbox-empty").text()).isEqualTo("Tidak ada pekerjaan yang menunggu.");
        assertThat(otherHead.select("#nav-main .visually-hidden")).isEmpty();
    }

    @Test
    void anActingOfficialSeesTheDecisionsOnTheHeadsBehalfButNotTheHeadsReports() throws Exception {
        clock.set(WEDNESDAY.atTime(9, 0), MAKASSAR);
        GeneratedRequests.BenchOffice office = newOffice();
        StaffUser deputy = officer(office.officeId(), office.divisionId());
        submitted(office.officeId(), r -> RequestMoves.register(r, Actor.system(), clock.instant()));
        assertThat(group(page("/staf", deputy.getUsername()), WorkKind.DECISIONS)).isNull();

        mvc.perform(post("/staf/delegasi").with(csrf()).with(Staff.as(users, office.head()))
                        .param("formKey", UUID.randomUUID().toString()).param("deputyId", String.valueOf(deputy.getId()))
                        .param("kind", "PLH").param("startsOn", WEDNESDAY.toString())
                        .param("endsOn", WEDNESDAY.plusDays(2).toString()).param("reason", "Dinas luar"))
                .andExpect(status().is3xxRedirection());

        Document home = page("/staf", deputy.getUsername());
        assertThat(group(home, WorkKind.DECISIONS)).isEqualTo("1 | 1 tepat waktu");
        assertThat(group(home, WorkKind.REPORTS_TO_ACKNOWLEDGE)).isNull();
        assertThat(badge(home, "/staf/disposisi")).isEqualTo("1 menunggu");
    }

    @Test
    void whoeverAnswersComplaintsSeesThoseWaitingForAnAnswer() throws Exception {
        clock.set(WEDNESDAY.atTime(9, 0), MAKASSAR);
        GeneratedRequests.BenchOffice office = newOffice();
        String secretariat = TestStaff.create(userAdministration, offices, divisions,
                offices.findById(office.officeId()).orElseThrow().getCode(), Role.SEKRETARIAT, "Sekretariat Uji", null);
        complaints.file(office.officeId(), new NewComplaint(ComplaintSource.WEB, UUID.randomUUID().toString(), null,
                false, "Pengadu Kotak Kerja", null, null, "Jadwal tidak dikabarkan", "Sudah seminggu tanpa kabar.",
                null, null, null));

        Document home = page("/staf", secretariat);
        assertThat(group(home, WorkKind.COMPLAINTS)).isEqualTo("1 | 1 tepat waktu");
        assertThat(badge(home, "/staf/pengaduan")).isEqualTo("1 menunggu");
        // the head reads complaints but does not answer them
        assertThat(group(page("/staf", office.head()), WorkKind.COMPLAINTS)).isNull();

        clock.set(WEDNESDAY.plusDays(40).atTime(9, 0), MAKASSAR);
        assertThat(group(page("/staf", secretariat), WorkKind.COMPLAINTS)).isEqualTo("1 | 1 terlambat");
    }

    @Test
    void theDivisionHeadSeesTheAssignmentsToMakeAndTheHeadDoesNot() throws Exception {
        clock.set(WEDNESDAY.atTime(9, 0), MAKASSAR);
        GeneratedRequests.BenchOffice office = newOffice();
        submitted(office.officeId(), r -> RequestMoves.registerAndDispose(r, office.divisionId(), Actor.system(),
                clock.instant()));

        Document home = page("/staf", office.divisionHead());
        assertThat(group(home, WorkKind.ASSIGNMENTS)).isEqualTo("1 | 1 tepat waktu");
        assertThat(badge(home, "/staf/bidang")).isEqualTo("1 menunggu");
        assertThat(page("/staf/bidang", office.divisionHead()).select("#count-waiting").text()).isEqualTo("1");
        assertThat(group(page("/staf", office.head()), WorkKind.ASSIGNMENTS)).isNull();
        assertThat(group(page("/staf", office.head()), WorkKind.DECISIONS)).isNull();
    }

    @Test
    void anUrgentWalkInRoutedToAnOfficerIsTodaysConsultationNotOneToSchedule() throws Exception {
        long babel = fixtures.office("babel").getId();
        StaffUser officer = officer(babel, divisions.findByOfficeIdOrderByName(babel).get(0).getId());
        fixtures.assigned("babel", "jadwal.kotak@contoh.id", officer);

        Document before = page("/staf", officer.getUsername());
        assertThat(group(before, WorkKind.REQUESTS_TO_SCHEDULE)).isEqualTo("1 | 1 tepat waktu");
        assertThat(group(before, WorkKind.CONSULTATIONS_TODAY)).isNull();
        assertThat(badge(before, "/staf/konsultasi-saya")).isEqualTo("1 menunggu");

        String location = mvc.perform(post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, "piket.babel"))
                        .param("formKey", UUID.randomUUID().toString()).param("name", "Tamu Mendesak Kotak")
                        .param("phone", "0812 3456 7890").param("nik", "7404011203850001").param("identityChecked", "true")
                        .param("purpose", "Bantuan darurat").param("kind", "NEW_CONSULTATION")
                        .param("applicantType", "PERSON").param("topic", "Bantuan darurat").param("urgent", "true")
                        .param("officerId", String.valueOf(officer.getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long visitId = Long.parseLong(location.substring("/staf/piket/tamu/".length()));
        String receipt = requests.findById(visits.findById(visitId).orElseThrow().getRequestId()).orElseThrow()
                .getReceiptNumber();

        Document waiting = page("/staf", officer.getUsername());
        assertThat(group(waiting, WorkKind.WALK_INS_FOR_ME)).isEqualTo("1 | 1 tepat waktu");
        assertThat(group(waiting, WorkKind.CONSULTATIONS_TODAY)).isEqualTo("1 | 1 jatuh tempo hari ini");
        assertThat(group(waiting, WorkKind.REQUESTS_TO_SCHEDULE)).isEqualTo("1 | 1 tepat waktu");
        assertThat(group(page("/staf", "piket.babel"), WorkKind.WALK_INS_WAITING)).isNotNull();

        board.leadIn(Staff.principal(users, "piket.babel"), visitId, visits.findById(visitId).orElseThrow().getVersion(),
                null);

        Document ledIn = page("/staf", officer.getUsername());
        assertThat(group(ledIn, WorkKind.WALK_INS_FOR_ME)).isNull();
        assertThat(group(ledIn, WorkKind.CONSULTATIONS_TODAY)).isEqualTo("1 | 1 jatuh tempo hari ini");
        assertThat(group(ledIn, WorkKind.REQUESTS_TO_SCHEDULE)).isEqualTo("1 | 1 tepat waktu");
        assertThat(badge(ledIn, "/staf/konsultasi-saya")).isEqualTo("2 menunggu");
        // the officer's list files the guest among today's consultations, not among those to schedule
        Document mine = page("/staf/konsultasi-saya", officer.getUsername());
        assertThat(mine.select("#mine-to-schedule li")).hasSize(1);
        assertThat(mine.select("#mine-to-schedule").text()).doesNotContain(receipt);
        assertThat(mine.select("#mine-walk-ins").text()).contains(receipt);
    }
}
