package id.konsultasi.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import id.konsultasi.account.Delegation;
import id.konsultasi.account.DelegationAdministration;
import id.konsultasi.account.DelegationKind;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationRecords;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.consultation.ReportReview;
import id.konsultasi.desk.WaitingBoard;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.feedback.ComplaintService;
import id.konsultasi.feedback.ComplaintSource;
import id.konsultasi.feedback.NewComplaint;
import id.konsultasi.office.Office;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.QueryCounter;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff are told: each event writes one notification for the right people and none for others, the bell counts the
 * unread ones, a person reads and marks only their own, and is mailed as they chose (at once, in the morning digest,
 * never). Notifications are kept 90 days.
 */
@IntegrationTest
class StaffNotificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notices notices;
    @Autowired
    MorningNotices morning;
    @Autowired
    NoticeCleanup cleanup;
    @Autowired
    RequestService requestService;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DispositionService dispositions;
    @Autowired
    WaitingBoard board;
    @Autowired
    DelegationAdministration delegations;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ReportReview reviews;
    @Autowired
    ConsultationRecords records;
    @Autowired
    ComplaintService complaints;

    /**
     * The subject of a notice written by the test itself: no request has a negative id, so the notice is never taken
     * for one about a real request (a notice about "request 9" was, when an earlier class had made request 9 a walk-in).
     */
    static long noRequest(long n) {
        return -n;
    }

    @Test
    void theBangkaBelitungOfficerSeesTheUrgentWalkInInTheBellAndTheInboxAndGetsAMail() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        assertThat(count(officer.getUsername())).isEqualTo(0);

        String visit = mvc.perform(post("/staf/piket/tamu-baru").with(csrf()).with(Staff.as(users, "piket.babel"))
                        .param("formKey", UUID.randomUUID().toString()).param("name", "Wa Ode Sitti")
                        .param("phone", "0812 3456 7890").param("nik", "7404011203850001").param("identityChecked", "true")
                        .param("purpose", "Menanyakan bantuan sosial untuk lansia").param("kind", "NEW_CONSULTATION")
                        .param("applicantType", "PERSON").param("topic", "Bantuan sosial lansia").param("urgent", "true")
                        .param("officerId", String.valueOf(officer.getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long requestId = jdbc.queryForObject("select subject_id from staff_notification where recipient_id = ?",
                Long.class, officer.getId());
        String receipt = requests.findById(requestId).orElseThrow().getReceiptNumber();
        Map<String, Object> json = countJson(officer.getUsername());
        assertThat(json).containsEntry("unread", 1).containsEntry("label", "1 pemberitahuan belum dibaca");
        Document page = page(officer.getUsername(), "/staf/pemberitahuan");
        assertThat(page.select("#bell-count").text()).isEqualTo("1");
        assertThat(page.select("#bell-label").text()).isEqualTo("1 pemberitahuan belum dibaca");
        assertThat(page.select("#notifications .notice-unread").text()).contains("Tamu mendesak " + receipt)
                .contains("Bantuan sosial lansia");
        var mail = Mailbox.awaitSubject(officer.getEmail(), "Pemberitahuan: Tamu mendesak");
        assertThat(Mailbox.text(mail, "text/plain")).contains("/staf/permohonan/");

        assertThat(jdbc.queryForList("select recipient_id from staff_notification where subject_id = ? and kind = 'URGENT_WALK_IN'",
                Long.class, requestId)).containsExactly(officer.getId());
        // the desk decided where it goes: the head is not asked to decide
        assertThat(recipientsOf(requestId, "DECISION_WAITING")).isEmpty();
        // the guest led to the room: the officer is told, nobody else
        long visitId = Long.parseLong(visit.substring(visit.lastIndexOf('/') + 1));
        board.leadIn(Staff.principal(users, "piket.babel"), visitId,
                jdbc.queryForObject("select version from guest_visit where id = ?", Long.class, visitId), null);
        assertThat(recipientsOf(requestId, "VISITOR_LED_IN")).containsExactly(officer.getId());
        assertThat(count(officer.getUsername())).isEqualTo(2);
        // English readers read it in English
        Document english = Jsoup.parse(mvc.perform(get("/staf/pemberitahuan").param("lang", "en")
                .with(Staff.as(users, officer.getUsername()))).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#notifications").text()).contains("Urgent walk-in " + receipt);
    }

    @Test
    void aRegisteredRequestWaitsForTheHeadsDecisionAndOnlyTheHeadOfThatOfficeIsTold() {
        Receipt receipt = requestService.submit(fixtures.office("buton").getId(), new NewRequest(Channel.ONLINE,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PERSON, "Pemohon Uji", null,
                        null, null, "+6281234567890", null, null), "Pendampingan keluarga", "Konsultasi",
                ConsultationMode.IN_PERSON, null, false, true), List.of(), Actor.applicant());
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        assertThat(recipientsOf(r.getId(), "DECISION_WAITING")).isEmpty();

        requestService.register(Staff.principal(users, "sekretariat.buton"), r.getId(), r.getVersion());

        assertThat(recipientsOf(r.getId(), "DECISION_WAITING")).containsExactly(idOf("kadis.buton"));
        assertThat(jdbc.queryForObject("select arguments[1] from staff_notification where subject_id = ? and kind = 'DECISION_WAITING'",
                String.class, r.getId())).isEqualTo(receipt.receiptNumber());
    }

    @Test
    void aPersonReadsAndMarksOnlyTheirOwnNotifications() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        long office = officer.getOfficeId();
        Notice first = new Notice(office, NoticeKind.VISITOR_ARRIVED, noRequest(1), "uji:" + UUID.randomUUID(),
                List.of("0001/UJI", "Topik"), "/staf/permohonan/1");
        assertThat(notices.send(first, List.of(officer))).isEqualTo(1);
        assertThat(notices.send(first, List.of(officer))).as("the same cause again writes nothing").isZero();
        notices.send(new Notice(office, NoticeKind.VISITOR_ARRIVED, noRequest(2), "uji:" + UUID.randomUUID(),
                List.of("0002/UJI", "Topik"), "/staf/permohonan/2"), List.of(officer));
        assertThat(count(officer.getUsername())).isEqualTo(2);
        long firstId = idOfNotice(officer, "0001/UJI");
        long secondId = idOfNotice(officer, "0002/UJI");

        for (String other : List.of("petugas.buton", "kadis.buton", "petugas.babel")) {
            mvc.perform(get("/staf/pemberitahuan/" + firstId).with(Staff.as(users, other))).andExpect(status().isNotFound());
            mvc.perform(post("/staf/pemberitahuan/" + firstId + "/dibaca").with(csrf()).with(Staff.as(users, other)))
                    .andExpect(status().isNotFound());
            assertThat(page(other, "/staf/pemberitahuan").select("#notifications").text()).doesNotContain("0001/UJI");
        }
        mvc.perform(post("/staf/pemberitahuan/dibaca").with(csrf()).with(Staff.as(users, "petugas.buton")))
                .andExpect(status().is3xxRedirection());
        assertThat(count(officer.getUsername())).isEqualTo(2);

        mvc.perform(post("/staf/pemberitahuan/" + firstId + "/dibaca").with(csrf()).with(Staff.as(users, officer.getUsername())))
                .andExpect(status().is3xxRedirection());
        assertThat(count(officer.getUsername())).isEqualTo(1);
        assertThat(page(officer.getUsername(), "/staf/pemberitahuan").select("#notice-" + firstId + " .badge")).isEmpty();

        String location = mvc.perform(get("/staf/pemberitahuan/" + secondId).with(Staff.as(users, officer.getUsername())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/staf/permohonan/2");
        assertThat(count(officer.getUsername())).isZero();

        notices.send(new Notice(office, NoticeKind.VISITOR_ARRIVED, noRequest(3), "uji:" + UUID.randomUUID(),
                List.of("0003/UJI", "Topik"), "/staf/permohonan/3"), List.of(officer));
        notices.send(new Notice(office, NoticeKind.VISITOR_ARRIVED, noRequest(4), "uji:" + UUID.randomUUID(),
                List.of("0004/UJI", "Topik"), "/staf/permohonan/4"), List.of(officer));
        assertThat(count(officer.getUsername())).isEqualTo(2);
        mvc.perform(post("/staf/pemberitahuan/dibaca").with(csrf()).with(Staff.as(users, officer.getUsername())))
                .andExpect(status().is3xxRedirection());
        assertThat(count(officer.getUsername())).isZero();
        // someone of another office is told nothing of this office
        StaffUser foreign = fixtures.officer("babel");
        assertThat(notices.send(new Notice(office, NoticeKind.VISITOR_ARRIVED, noRequest(5), "uji:" + UUID.randomUUID(),
                List.of("0005/UJI", "Topik"), "/staf/permohonan/5"), List.of(foreign))).isZero();
    }

    @Test
    void eachPersonIsMailedAsTheyChoseAtOnceInTheMorningDigestOrNever() throws Exception {
        StaffUser atOnce = fixtures.officer("buton");
        StaffUser digest = fixtures.officer("buton");
        StaffUser never = fixtures.officer("buton");
        Document settings = page(digest.getUsername(), "/staf/pemberitahuan/pengaturan");
        assertThat(settings.select("#URGENT_WALK_IN-IMMEDIATE").hasAttr("checked")).isTrue();
        assertThat(settings.select("#COMPLAINT_FILED-IMMEDIATE")).as("an officer answers no complaints").isEmpty();
        assertThat(settings.select("#VISITOR_ARRIVED-NEVER")).as("mailed by the schedule itself").isEmpty();
        mvc.perform(post("/staf/pemberitahuan/pengaturan").with(csrf()).with(Staff.as(users, digest.getUsername()))
                .param("choices[URGENT_WALK_IN]", "DIGEST")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/staf/pemberitahuan/pengaturan").with(csrf()).with(Staff.as(users, never.getUsername()))
                .param("choices[URGENT_WALK_IN]", "NEVER")).andExpect(status().is3xxRedirection());
        assertThat(page(digest.getUsername(), "/staf/pemberitahuan/pengaturan").select("#URGENT_WALK_IN-DIGEST")
                .hasAttr("checked")).isTrue();

        var zone = fixtures.office("buton").zone();
        TestClock.INSTANCE.set(fixtures.workingDay("buton", 0).atTime(10, 0), zone);
        for (StaffUser person : List.of(atOnce, digest, never)) {
            notices.send(new Notice(person.getOfficeId(), NoticeKind.URGENT_WALK_IN, noRequest(9), "uji:" + UUID.randomUUID(),
                    List.of("0009/UJI", "Topik"), "/staf/permohonan/9"), List.of(person));
        }
        assertThat(mails(atOnce, "STAFF_NOTICE")).isEqualTo(1);
        assertThat(mails(digest, "STAFF_NOTICE") + mails(never, "STAFF_NOTICE")).isZero();
        Mailbox.awaitSubject(atOnce.getEmail(), "Pemberitahuan: Tamu mendesak");

        var nextDay = fixtures.workingDay("buton", 1);
        TestClock.INSTANCE.set(nextDay.atTime(LocalTime.of(6, 59)), zone);
        morning.run();
        assertThat(mails(digest, "STAFF_DIGEST")).isZero();
        TestClock.INSTANCE.set(nextDay.atTime(LocalTime.of(7, 0)), zone);
        morning.run();
        morning.run();
        assertThat(mails(digest, "STAFF_DIGEST")).isEqualTo(1);
        assertThat(mails(never, "STAFF_DIGEST") + mails(atOnce, "STAFF_DIGEST")).isZero();
        var mail = Mailbox.awaitSubject(digest.getEmail(), "Ringkasan pemberitahuan");
        assertThat(Mailbox.text(mail, "text/plain")).contains("Tamu mendesak 0009/UJI");
        TestClock.INSTANCE.advance(Duration.ofDays(1));
        morning.run();
        assertThat(mails(digest, "STAFF_DIGEST")).as("nothing new: no digest").isEqualTo(1);

        assertThat(page(never.getUsername(), "/staf/pemberitahuan/pengaturan").select("#no-address")).isEmpty();
        jdbc.update("update staff_user set email = null where id = ?", never.getId());
        assertThat(page(never.getUsername(), "/staf/pemberitahuan/pengaturan").select("#no-address").text())
                .contains("hanya tampil di lonceng");
    }

    @Test
    void notificationsAreKeptNinetyDays() {
        StaffUser officer = fixtures.officer("buton");
        for (String receipt : List.of("OLD/UJI", "RECENT/UJI")) {
            notices.send(new Notice(officer.getOfficeId(), NoticeKind.VISITOR_ARRIVED, noRequest(7), "uji:" + UUID.randomUUID(),
                    List.of(receipt, "Topik"), "/staf/permohonan/7"), List.of(officer));
        }
        var now = TestClock.INSTANCE.instant();
        jdbc.update("update staff_notification set created_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(91))), idOfNotice(officer, "OLD/UJI"));
        jdbc.update("update staff_notification set created_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(89))), idOfNotice(officer, "RECENT/UJI"));

        cleanup.deleteOld();

        assertThat(jdbc.queryForList("select arguments[1] from staff_notification where recipient_id = ?", String.class,
                officer.getId())).containsExactly("RECENT/UJI");
    }

    @Test
    void theHeadsDecisionAndTheDivisionHeadsAssignmentTellTheOfficersAndResolveWhatWaited() {
        StaffUser lead = fixtures.officer("buton");
        StaffUser companion = fixtures.officer("buton");
        long buton = letter("buton");
        assertThat(recipientsOf(buton, "DECISION_WAITING")).containsExactly(idOf("kadis.buton"));
        dispositions.decide(Staff.principal(users, "kadis.buton"), buton, new DispositionService.Decision(
                requests.findById(buton).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, lead.getId(),
                List.of(companion.getId()), Urgency.ROUTINE, Set.of(), null));
        assertThat(recipientsOf(buton, "ASSIGNED_LEAD")).containsExactly(lead.getId());
        assertThat(recipientsOf(buton, "ASSIGNED_COMPANION")).containsExactly(companion.getId());
        assertThat(unreadOf(buton, "DECISION_WAITING")).isZero();

        long babel = letter("babel");
        assertThat(recipientsOf(babel, "DECISION_WAITING")).containsExactly(idOf("kadis.babel"));
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        dispositions.decide(Staff.principal(users, "kadis.babel"), babel, new DispositionService.Decision(
                requests.findById(babel).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.ONLINE, kabid.getDivisionId(), null, List.of(),
                Urgency.ROUTINE, Set.of(), null));
        assertThat(recipientsOf(babel, "ASSIGNMENT_WAITING")).containsExactly(kabid.getId());
        assertThat(recipientsOf(babel, "ASSIGNED_LEAD")).isEmpty();
        dispositions.assign(Staff.principal(users, "kabid.babel"), babel, new DispositionService.AssignmentOrder(
                requests.findById(babel).orElseThrow().getVersion(), UUID.randomUUID().toString(), false,
                idOf("petugas.babel"), List.of(), null, false));
        assertThat(recipientsOf(babel, "ASSIGNED_LEAD")).containsExactly(idOf("petugas.babel"));
        assertThat(recipientsOf(babel, "ASSIGNED_COMPANION")).isEmpty();
        assertThat(unreadOf(babel, "ASSIGNMENT_WAITING")).isZero();
    }

    @Test
    void theActingOfficialOfTheDayIsToldOfDecisionsToo() {
        LocalDate day = LocalDate.of(2031, 6, 4);
        TestClock.INSTANCE.set(day.atTime(9, 0), fixtures.office("babel").zone());
        StaffUser deputy = fixtures.officer("babel");
        StaffPrincipal head = Staff.principal(users, "kadis.babel");
        Delegation delegation = delegations.create(head, new DelegationAdministration.NewDelegation(deputy.getId(),
                DelegationKind.PLH, day, day, null, UUID.randomUUID().toString()));
        try {
            long request = letter("babel");
            assertThat(recipientsOf(request, "DECISION_WAITING"))
                    .containsExactlyInAnyOrder(idOf("kadis.babel"), deputy.getId());
        } finally {
            delegations.revoke(head, delegation.getId(), delegation.getVersion());
        }
    }

    @Test
    void aFiledReportTellsItsFirstReviewer() {
        // Bangka Belitung routes reports through the division head; Buton's go straight to the head
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        StaffUser babelOfficer = fixtures.officer("babel");
        Office babel = fixtures.office("babel");
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(wednesday.atTime(9, 0), babel.zone());
        ConsultationRequest viaDivision = fixtures.assigned("babel", "lapor.babel@contoh.id", kabid.getDivisionId(),
                babelOfficer);
        TestClock.INSTANCE.set(wednesday.atTime(14, 0), babel.zone());
        consultations.fileReport(fixtures.principal(babelOfficer), viaDivision.getId(), null,
                content(babel, babelOfficer, wednesday), null, Set.of());
        assertThat(recipientsOf(viaDivision.getId(), "REPORT_FILED")).containsExactly(kabid.getId());

        Office buton = fixtures.office("buton");
        StaffUser butonOfficer = fixtures.officer("buton");
        TestClock.INSTANCE.set(wednesday.atTime(9, 0), buton.zone());
        ConsultationRequest straight = fixtures.assigned("buton", "lapor.buton@contoh.id", butonOfficer);
        TestClock.INSTANCE.set(wednesday.atTime(14, 0), buton.zone());
        consultations.fileReport(fixtures.principal(butonOfficer), straight.getId(), null,
                content(buton, butonOfficer, wednesday), null, Set.of());
        assertThat(recipientsOf(straight.getId(), "REPORT_FILED")).containsExactly(idOf("kadis.buton"));
    }

    @Test
    void theReviewOfAReportTellsTheHeadAndTheOfficers() {
        Office babel = fixtures.office("babel");
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        StaffUser officer = fixtures.officer("babel");
        StaffPrincipal head = Staff.principal(users, "kadis.babel");
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(wednesday.atTime(9, 0), babel.zone());
        ConsultationRequest r = fixtures.assigned("babel", "tahu.babel@contoh.id", kabid.getDivisionId(), officer);
        TestClock.INSTANCE.set(wednesday.atTime(14, 0), babel.zone());
        ConsultationRecord filed = consultations.fileReport(fixtures.principal(officer), r.getId(), null,
                content(babel, officer, wednesday), null, Set.of());
        reviews.forwardReport(Staff.principal(users, "kabid.babel"), r.getId(), filed.getVersion(), null);
        assertThat(recipientsOf(r.getId(), "REPORT_FORWARDED")).containsExactly(idOf("kadis.babel"));

        TestClock.INSTANCE.advance(Duration.ofMinutes(5));
        reviews.returnReport(head, r.getId(), records.findByRequestId(r.getId()).orElseThrow().getVersion(),
                "Lampirkan data");
        assertThat(recipientsOf(r.getId(), "REPORT_RETURNED")).containsExactly(officer.getId());

        TestClock.INSTANCE.advance(Duration.ofMinutes(5));
        ConsultationRecord again = consultations.fileReport(fixtures.principal(officer), r.getId(),
                records.findByRequestId(r.getId()).orElseThrow().getVersion(), content(babel, officer, wednesday), null,
                Set.of());
        TestClock.INSTANCE.advance(Duration.ofMinutes(5));
        reviews.forwardReport(Staff.principal(users, "kabid.babel"), r.getId(), again.getVersion(), null);
        assertThat(recipientsOf(r.getId(), "REPORT_FORWARDED")).as("forwarded twice, told twice")
                .containsExactly(idOf("kadis.babel"), idOf("kadis.babel"));
        reviews.acknowledge(head, r.getId(), records.findByRequestId(r.getId()).orElseThrow().getVersion());
        assertThat(recipientsOf(r.getId(), "REPORT_ACKNOWLEDGED")).containsExactly(officer.getId());
        assertThat(recipientsOf(r.getId(), "REPORT_RETURNED")).containsExactly(officer.getId());
    }

    @Test
    void aComplaintIsToldToThoseWhoAnswerComplaintsOfItsOffice() {
        long complaint = complaints.record(Staff.principal(users, "sekretariat.buton"), new NewComplaint(
                ComplaintSource.DESK, UUID.randomUUID().toString(), null, false, "Pengadu Uji", null, null,
                "Aduan uji pemberitahuan", "Uraian aduan.", null, null, null)).complaintId();
        assertThat(recipientsOf(complaint, "COMPLAINT_FILED"))
                .containsExactlyInAnyOrder(idOf("sekretariat.buton"), idOf("admin.buton"));
    }

    @Test
    void theMorningTellsOfTheDeadlinesThatPassTodayOnce() {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "tenggat@contoh.id", officer);
        long complaint = complaints.record(Staff.principal(users, "sekretariat.buton"), new NewComplaint(
                ComplaintSource.DESK, UUID.randomUUID().toString(), null, false, "Pengadu Tenggat", null, null,
                "Aduan tenggat", "Uraian aduan.", null, null, null)).complaintId();
        var zone = fixtures.office("buton").zone();
        LocalDate day = fixtures.workingDay("buton", 12); // a day no other test sets the clock to
        Timestamp due = Timestamp.from(day.atTime(15, 0).atZone(zone).toInstant());
        jdbc.update("update consultation_request set answer_due_at = ?, consultation_due_at = ? where id = ?", due, due,
                r.getId());
        jdbc.update("update complaint set due_at = ? where id = ?",
                Timestamp.from(day.atTime(16, 0).atZone(zone).toInstant()), complaint);

        TestClock.INSTANCE.set(day.minusDays(1).atTime(8, 0), zone);
        morning.run();
        assertThat(recipientsOf(r.getId(), "DEADLINE_TODAY")).isEmpty();
        TestClock.INSTANCE.set(day.atTime(7, 30), zone);
        morning.run();
        morning.run();
        assertThat(recipientsOf(r.getId(), "DEADLINE_TODAY")).containsExactly(officer.getId());
        assertThat(recipientsOf(complaint, "COMPLAINT_DUE"))
                .containsExactlyInAnyOrder(idOf("sekretariat.buton"), idOf("admin.buton"));
    }

    @Test
    void theBellIsForMembersOfAnOfficeOnly() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("#bell")).isEmpty();
        Document system = Jsoup.parse(mvc.perform(get("/staf").with(Staff.as(users, "admin")))
                .andReturn().getResponse().getContentAsString());
        assertThat(system.select("#bell")).isEmpty();
        mvc.perform(get("/staf/pemberitahuan/jumlah").with(Staff.as(users, "admin"))).andExpect(status().isForbidden());
        Document staff = page("piket.buton", "/staf");
        assertThat(staff.select("#bell").attr("href")).isEqualTo("/staf/pemberitahuan");
        assertThat(staff.select("script[src*=/js/bell]")).hasSize(1);
    }

    @Test
    void theListIsPagedInTheDatabaseAndItsStatementsDoNotGrowWithIt() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        for (int i = 0; i < 25; i++) {
            notices.send(new Notice(officer.getOfficeId(), NoticeKind.VISITOR_ARRIVED, noRequest(i + 100), "uji:" + UUID.randomUUID(),
                    List.of("HAL/" + i, "Topik"), "/staf/permohonan/" + i), List.of(officer));
        }
        List<String> few = statementsOf(officer, "/staf/pemberitahuan");
        for (int i = 25; i < 45; i++) {
            notices.send(new Notice(officer.getOfficeId(), NoticeKind.VISITOR_ARRIVED, noRequest(i + 100), "uji:" + UUID.randomUUID(),
                    List.of("HAL/" + i, "Topik"), "/staf/permohonan/" + i), List.of(officer));
        }
        List<String> many = statementsOf(officer, "/staf/pemberitahuan");
        assertThat(many).as("statements with 45 notifications against 25: " + few).hasSameSizeAs(few);
        Document first = page(officer.getUsername(), "/staf/pemberitahuan");
        assertThat(first.select("#notifications > li")).hasSize(20);
        assertThat(first.select("#bell-count").text()).isEqualTo("45");
        Document last = page(officer.getUsername(), "/staf/pemberitahuan?hal=2");
        assertThat(last.select("#notifications > li")).hasSize(5);
        assertThat(last.select("#notifications").text()).contains("HAL/0").doesNotContain("HAL/44");
    }

    private List<String> statementsOf(StaffUser person, String path) {
        return QueryCounter.count(() -> {
            try {
                return mvc.perform(get(path).with(Staff.as(users, person.getUsername()))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).statements();
    }

    private long letter(String office) {
        return requestService.submit(fixtures.office(office).getId(), new NewRequest(Channel.LETTER,
                UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.INSTITUTION, "Wa Ode Hasnia",
                        "LSM Peduli Anak", "Ketua", null, "+6281234567890", null, "Jl. Betoambari No. 7"),
                "Syarat rehabilitasi sosial", "Meminta penjelasan", ConsultationMode.IN_PERSON, null, false, true,
                new LetterReference("045/LSM/XI/2026", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))),
                List.of(), Actor.applicant()).requestId();
    }

    private static RecordContent content(Office office, StaffUser lead, LocalDate day) {
        Instant start = ZonedDateTime.of(day, LocalTime.of(10, 0), office.zone()).toInstant();
        Instant end = ZonedDateTime.of(day, LocalTime.of(11, 0), office.zone()).toInstant();
        return new RecordContent(start, end, ConsultationMode.IN_PERSON, lead.getId(), Set.of(), null, null, null,
                "Anak putus sekolah", "Syarat bantuan dibahas", "Saran", null, null, null, List.of(),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
    }

    private long unreadOf(long subjectId, String kind) {
        return jdbc.queryForObject("select count(*) from staff_notification where subject_id = ? and kind = ? and read_at is null",
                Long.class, subjectId, kind);
    }

    private long mails(StaffUser person, String kind) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and kind = ?", Long.class,
                person.getEmail(), kind);
    }

    private long idOfNotice(StaffUser person, String firstArgument) {
        return jdbc.queryForObject("select id from staff_notification where recipient_id = ? and arguments[1] = ?",
                Long.class, person.getId(), firstArgument);
    }

    private List<Long> recipientsOf(long subjectId, String kind) {
        return jdbc.queryForList("select recipient_id from staff_notification where subject_id = ? and kind = ?",
                Long.class, subjectId, kind);
    }

    private long idOf(String username) {
        return staffUsers.findByUsername(username).orElseThrow().getId();
    }

    private Document page(String username, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(Staff.as(users, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private int count(String username) throws Exception {
        return ((Number) countJson(username).get("unread")).intValue();
    }

    private Map<String, Object> countJson(String username) throws Exception {
        String body = mvc.perform(get("/staf/pemberitahuan/jumlah").with(Staff.as(users, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }
}
