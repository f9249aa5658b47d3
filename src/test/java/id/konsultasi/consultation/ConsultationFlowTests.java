package id.konsultasi.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.HistoryEntry;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.ConflictException;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The record and the report's way to the head in both offices: drafts, what each step needs, the files
 * handed over and which of them the applicant gets, the division step, stale forms, late reports.
 */
@IntegrationTest
class ConsultationFlowTests {

    @Autowired
    ConsultationService service;
    @Autowired
    ReportReview reviews;
    @Autowired
    ConsultationRecords records;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    UserDetailsService users;
    @Autowired
    WorkingDayCalendar calendars;
    @Autowired
    MockMvc mvc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    RequestPostProcessor as(StaffUser user) {
        return user(users.loadUserByUsername(user.getUsername()));
    }

    /** A complete record of a consultation held from 09:00 to 10:30 on the given day. */
    static RecordContent complete(Office office, LocalDate day, StaffUser lead, String advice) {
        Instant start = ZonedDateTime.of(day, LocalTime.of(9, 0), office.zone()).toInstant();
        Instant end = ZonedDateTime.of(day, LocalTime.of(10, 30), office.zone()).toInstant();
        return new RecordContent(start, end, ConsultationMode.IN_PERSON, lead.getId(), Set.of(),
                "Kepala Seksi Rehabilitasi", null, "Pemohon sendiri", "Anak putus sekolah", "Dibahas syarat bantuan",
                advice, "Daftarkan ke DTKS", "Pendampingan oleh pekerja sosial", "Formulir pendaftaran",
                List.of(new FollowUp("Kunjungan rumah", "Pekerja sosial", day.plusDays(14))),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
    }

    /** A request decided (its officers assigned) early in the morning of the day its consultation is held. */
    ConsultationRequest assignedOn(LocalDate day, String officeCode, String email, Long divisionId, StaffUser... officers) {
        TestClock.INSTANCE.set(day.atTime(7, 0), fixtures.office(officeCode).zone());
        try {
            return fixtures.assigned(officeCode, email, divisionId, officers);
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    LocalDate yesterdayOrBefore(Office office, int workingDaysBack) {
        var calendar = calendars.forOffice(office);
        LocalDate day = LocalDate.now(TestClock.INSTANCE.withZone(office.zone()));
        int found = 0;
        while (found < workingDaysBack) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    @Test
    void butonFilesStraightToTheHeadWhoAcknowledgesAndTheApplicantGetsOnlyTheReleasedFiles() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        StaffPrincipal me = fixtures.principal(officer);
        String email = "tutup." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        LocalDate day = yesterdayOrBefore(buton, 1);
        ConsultationRequest r = assignedOn(day, "buton", email, null, officer);
        String advice = unique("Ajukan bantuan pendidikan melalui desa");

        // a draft with only the problem: saved, the request is still assigned
        RecordContent partial = new RecordContent(null, null, null, officer.getId(), Set.of(), null, null, null,
                "Hanya masalahnya dulu", null, null, null, null, null, List.of(), Set.of(LetterSection.ADVICE), Set.of());
        ConsultationRecord draft = service.saveDraft(me, r.getId(), null, partial, null, Set.of());
        assertThat(draft.getStage()).isEqualTo(RecordStage.DRAFT);
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.ASSIGNED);

        // filing too early says what is missing and still keeps what was typed
        assertThatThrownBy(() -> service.fileReport(me, r.getId(), draft.getVersion(), partial, null, Set.of()))
                .isInstanceOf(RecordIncomplete.class)
                .satisfies(e -> assertThat(((RecordIncomplete) e).missing())
                        .contains("actualStart", "actualEnd", "modeUsed", "discussion", "advice"));
        ConsultationRecord kept = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(kept.getProblem()).isEqualTo("Hanya masalahnya dulu");
        assertThat(kept.getVersion()).isGreaterThan(draft.getVersion());

        // two files handed over; only the first goes to the applicant
        RecordContent full = complete(buton, day, officer, advice);
        ConsultationRecord withFiles = service.saveDraft(me, r.getId(), kept.getVersion(), full,
                new Upload("formulir-dtks.pdf", TestFiles.pdf(), true), Set.of());
        withFiles = service.saveDraft(me, r.getId(), withFiles.getVersion(), full,
                new Upload("catatan-internal.png", TestFiles.png(), false), Set.of());
        long released = withFiles.getHandoverFiles().get(0).getDocumentId();
        long internal = withFiles.getHandoverFiles().get(1).getDocumentId();
        RecordContent releasing = new RecordContent(full.actualStart(), full.actualEnd(), full.modeUsed(),
                full.leadOfficerId(), full.companionIds(), full.otherOfficials(), full.otherAgencies(),
                full.applicantAttendees(), full.problem(), full.discussion(), full.advice(), full.recommendations(),
                full.solutions(), full.handoverNote(), full.followUps(), full.letterSections(), Set.of(released));

        ConsultationRecord filed = service.fileReport(me, r.getId(), withFiles.getVersion(), releasing, null, Set.of());
        assertThat(filed.getStage()).isEqualTo(RecordStage.AT_HEAD);
        assertThat(filed.isRoutedViaDivision()).isFalse();
        assertThat(filed.getReportDueAt()).isNotNull();
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.REPORTED);

        // nothing changes a filed report: the officer's stale or fresh form is refused
        long filedVersion = filed.getVersion();
        assertThatThrownBy(() -> service.saveDraft(me, r.getId(), filedVersion, releasing, null, Set.of()))
                .isInstanceOf(ConflictException.class);
        // Buton's division head has no step here; only the head acknowledges
        assertThatThrownBy(() -> reviews.returnReport(Staff.principal(users, "kabid.buton"), r.getId(), filedVersion, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.acknowledge(me, r.getId(), filedVersion))
                .isInstanceOf(AccessDeniedException.class);

        // the report PDF holds what was typed
        String report = Pdfs.text(mvc.perform(get("/staf/konsultasi/" + r.getId() + "/laporan.pdf")
                        .with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(report).contains("Laporan Hasil Konsultasi", r.getReceiptNumber(), advice, "Anak putus sekolah",
                "Kunjungan rumah", officer.getFullName(), "formulir-dtks.pdf", "WITA");

        reviews.acknowledge(Staff.principal(users, "kadis.buton"), r.getId(), filedVersion);
        ConsultationRecord closed = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(closed.getStage()).isEqualTo(RecordStage.ACKNOWLEDGED);
        assertThat(closed.getClosingLetterNumber()).isNotBlank();
        ConsultationRequest done = requests.findWholeById(r.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(done.getHistory()).extracting(HistoryEntry::getToStatus)
                .containsSubsequence(RequestStatus.HELD, RequestStatus.REPORTED, RequestStatus.CLOSED);

        // the applicant's mail: the closing letter with the advice and only the released file
        MimeMessage mail = Mailbox.awaitSubject(email, "Hasil konsultasi");
        assertThat(Pdfs.text(Mailbox.attachment(mail, "application/pdf"))).contains(advice, closed.getClosingLetterNumber());
        List<String> attached = Mailbox.parts(mail).stream().filter(p -> {
            try {
                return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
            } catch (Exception e) {
                return false;
            }
        }).map(p -> {
            try {
                return p.getFileName();
            } catch (Exception e) {
                return null;
            }
        }).toList();
        assertThat(attached).contains("formulir-dtks.pdf").doesNotContain("catatan-internal.png");

        // the tracking page: the letter and the released file, never the other one
        Document tracking = Jsoup.parse(mvc.perform(get("/lacak/" + r.getTrackingToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(tracking.select("#result").text()).contains("formulir-dtks.pdf").doesNotContain("catatan-internal");
        assertThat(tracking.text()).doesNotContain("catatan-internal");
        assertThat(mvc.perform(get("/lacak/" + r.getTrackingToken() + "/berkas/" + released))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(TestFiles.pdf());
        mvc.perform(get("/lacak/" + r.getTrackingToken() + "/berkas/" + internal)).andExpect(status().isNotFound());
        assertThat(Pdfs.text(mvc.perform(get("/lacak/" + r.getTrackingToken() + "/surat-hasil.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())).contains(advice);
    }

    @Test
    void anApplicantWhoWroteInEnglishGetsAnEnglishCoverNoteWithTheIndonesianClosingLetter() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        String email = "closed." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        LocalDate day = yesterdayOrBefore(buton, 1);
        TestClock.INSTANCE.set(day.atTime(7, 0), buton.zone());
        ConsultationRequest r;
        try {
            r = fixtures.assignedInLanguage("en", "buton", email, null, officer);
        } finally {
            TestClock.INSTANCE.reset();
        }
        String advice = unique("Ajukan bantuan pendidikan melalui desa");
        ConsultationRecord filed = service.fileReport(fixtures.principal(officer), r.getId(), null,
                complete(buton, day, officer, advice), null, Set.of());
        reviews.acknowledge(Staff.principal(users, "kadis.buton"), r.getId(), filed.getVersion());

        MimeMessage mail = Mailbox.awaitSubject(email, "Result of consultation");
        assertThat(Mailbox.text(mail, "text/plain")).contains("Dear Pemohon " + email + ",", "is finished",
                "The attached letter is the official letter of the office, written in Indonesian.").doesNotContain("Yth.");
        assertThat(Pdfs.text(Mailbox.attachment(mail, "application/pdf"))).as("the official letter stays Indonesian")
                .contains("Menindaklanjuti konsultasi", advice,
                        records.findByRequestId(r.getId()).orElseThrow().getClosingLetterNumber())
                .doesNotContain("Dear");
    }

    @Test
    void bangkaBelitungFilesThroughTheDivisionHeadWhoReturnsItOnceThenForwardsIt() {
        Office babel = fixtures.office("babel");
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        StaffUser officer = fixtures.officer("babel");
        StaffPrincipal me = fixtures.principal(officer);
        LocalDate day = yesterdayOrBefore(babel, 1);
        ConsultationRequest r = assignedOn(day, "babel", "bidang." + UUID.randomUUID().toString().substring(0, 6)
                + "@contoh.id", kabid.getDivisionId(), officer);
        RecordContent content = complete(babel, day, officer, unique("Saran pertama"));

        // held first (an urgent walk-in served at once has no appointment), then filed
        ConsultationRecord held = service.recordHeld(me, r.getId(), null, content, null, Set.of());
        assertThat(held.getStage()).isEqualTo(RecordStage.HELD);
        assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.HELD);
        ConsultationRecord filed = service.fileReport(me, r.getId(), held.getVersion(), content, null, Set.of());
        assertThat(filed.getStage()).isEqualTo(RecordStage.AT_DIVISION);

        // the head waits for the division head; another division's head and the officer may not decide
        StaffPrincipal kadis = Staff.principal(users, "kadis.babel");
        assertThatThrownBy(() -> reviews.acknowledge(kadis, r.getId(), filed.getVersion()))
                .isInstanceOf(ConflictException.class);
        StaffPrincipal otherDivision = fixtures.principal(fixtures.divisionHead("babel"));
        assertThatThrownBy(() -> reviews.returnReport(otherDivision, r.getId(), filed.getVersion(), "bukan bidang saya"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.forwardReport(me, r.getId(), filed.getVersion(), null))
                .isInstanceOf(AccessDeniedException.class);

        // returned with a remark: back with the officer, the remark an internal note of the timeline
        StaffPrincipal head = Staff.principal(users, "kabid.babel");
        String remark = unique("Lengkapi dasar hukum saran");
        reviews.returnReport(head, r.getId(), filed.getVersion(), remark);
        ConsultationRecord returned = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(returned.getStage()).isEqualTo(RecordStage.RETURNED);
        assertThat(returned.getLastRemark()).isEqualTo(remark);
        ConsultationRequest back = requests.findWholeById(r.getId()).orElseThrow();
        assertThat(back.getStatus()).isEqualTo(RequestStatus.HELD);
        HistoryEntry last = back.getHistory().get(back.getHistory().size() - 1);
        assertThat(last.getFromStatus()).isEqualTo(RequestStatus.REPORTED);
        assertThat(last.getInternalNote()).isEqualTo(remark);
        assertThat(last.getPublicNote()).isNull();

        // filed again, forwarded, acknowledged
        ConsultationRecord again = service.fileReport(me, r.getId(), returned.getVersion(), content, null, Set.of());
        assertThat(again.getStage()).isEqualTo(RecordStage.AT_DIVISION);
        assertThatThrownBy(() -> reviews.forwardReport(head, r.getId(), returned.getVersion(), null))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        reviews.forwardReport(head, r.getId(), again.getVersion(), "Mohon diterima");
        ConsultationRecord forwarded = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(forwarded.getStage()).isEqualTo(RecordStage.AT_HEAD);
        reviews.acknowledge(kadis, r.getId(), forwarded.getVersion());
        ConsultationRequest closed = requests.findWholeById(r.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.getHistory()).anyMatch(h -> !h.isStatusChange() && h.getInternalNote() != null
                && h.getInternalNote().contains("diteruskan kepada Kepala Dinas"));
        assertThat(closed.getHistory()).extracting(HistoryEntry::getToStatus).containsSubsequence(RequestStatus.HELD,
                RequestStatus.REPORTED, RequestStatus.HELD, RequestStatus.REPORTED, RequestStatus.CLOSED);
    }

    @Test
    void theFormShowsWhatIsMissingKeepsTheDraftAndRefusesAStaleVersion() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "lupa@contoh.id", officer);
        String problem = unique("Masalah yang sudah diketik");

        Document page = Jsoup.parse(mvc.perform(multipart("/staf/konsultasi/" + r.getId() + "/ajukan").with(csrf())
                        .with(as(officer)).param("version", "-1").param("problem", problem)
                        .param("leadOfficerId", String.valueOf(officer.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#error-summary")).isNotEmpty();
        assertThat(page.select("#advice").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#date").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#problem").text()).isEqualTo(problem);
        ConsultationRecord saved = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(saved.getProblem()).isEqualTo(problem);
        assertThat(page.select("#version").val()).isEqualTo(String.valueOf(saved.getVersion()));

        // the same form sent again with its old version: someone else's change is not overwritten
        mvc.perform(multipart("/staf/konsultasi/" + r.getId()).with(csrf()).with(as(officer))
                        .param("version", "-1").param("problem", "lama"))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/staf/konsultasi/" + r.getId()).with(csrf()).with(as(officer))
                        .param("version", String.valueOf(saved.getVersion() + 5)).param("problem", "lama"))
                .andExpect(status().isConflict());
        assertThat(records.findByRequestId(r.getId()).orElseThrow().getProblem()).isEqualTo(problem);

        // a lead officer who is not assigned, or a file that is not a PDF or an image, is refused beside its field
        Document refused = Jsoup.parse(mvc.perform(multipart("/staf/konsultasi/" + r.getId())
                        .file(TestFiles.file("file", "virus.exe", "MZ bukan dokumen".getBytes()))
                        .with(csrf()).with(as(officer)).param("version", String.valueOf(saved.getVersion()))
                        .param("problem", problem))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#file-error").text()).contains("PDF, JPG atau PNG");
    }

    @Test
    void theAutomaticSaveAnswersWithTheTimeAndTheNewVersion() throws Exception {
        StaffUser officer = fixtures.officer("babel");
        ConsultationRequest r = fixtures.assigned("babel", "otomatis@contoh.id", officer);
        String text = unique("Diketik lalu pindah kolom");
        String answer = mvc.perform(post("/staf/konsultasi/" + r.getId() + "/draf").with(csrf()).with(as(officer))
                        .header("HX-Request", "true").param("version", "-1").param("discussion", text))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ConsultationRecord saved = records.findByRequestId(r.getId()).orElseThrow();
        assertThat(saved.getDiscussion()).isEqualTo(text);
        Document fragment = Jsoup.parse(answer);
        assertThat(fragment.select("input#version[hx-swap-oob]").val()).isEqualTo(String.valueOf(saved.getVersion()));
        assertThat(fragment.text()).contains("Draf tersimpan pukul", "WIB", officer.getFullName());
        // the next automatic save with the old version is a conflict the page can explain
        mvc.perform(post("/staf/konsultasi/" + r.getId() + "/draf").with(csrf()).with(as(officer))
                        .header("HX-Request", "true").param("version", "-1").param("discussion", "x"))
                .andExpect(status().isConflict());
    }

    @Test
    void aFormSentAfterTheSessionExpiredLeadsToTheLoginPageAndBackToTheForm() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest r = fixtures.assigned("buton", "sesi@contoh.id", officer);
        String form = "/staf/konsultasi/" + r.getId();
        mvc.perform(multipart(form).param("_csrf", "token-dari-sesi-lama").param("problem", "teks")
                        .header("Referer", "http://localhost" + form))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk?sesi"));
        mvc.perform(post(form + "/draf").param("_csrf", "token-dari-sesi-lama").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized());
        // elsewhere a missing token is still a plain refusal
        mvc.perform(post("/masuk").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    @Test
    void aReportNotFiledInTimeShowsAsLateForTheOfficerTheDivisionHeadAndTheHead() throws Exception {
        Office babel = fixtures.office("babel");
        StaffUser kabid = staffUsers.findByUsername("kabid.babel").orElseThrow();
        StaffUser officer = fixtures.officer("babel");
        ConsultationRequest late = assignedOn(yesterdayOrBefore(babel, 4), "babel", "telat@contoh.id",
                kabid.getDivisionId(), officer);
        service.recordHeld(fixtures.principal(officer), late.getId(), null,
                complete(babel, yesterdayOrBefore(babel, 4), officer, "Saran"), null, Set.of());
        ConsultationRequest onTime = assignedOn(yesterdayOrBefore(babel, 1), "babel", "tepat@contoh.id",
                kabid.getDivisionId(), officer);
        service.recordHeld(fixtures.principal(officer), onTime.getId(), null,
                complete(babel, yesterdayOrBefore(babel, 1), officer, "Saran"), null, Set.of());

        Document head = Jsoup.parse(mvc.perform(get("/staf/laporan-konsultasi/kepala").with(Staff.as(users, "kadis.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(head.select("#h-late").first().parent().text()).contains(late.getReceiptNumber())
                .doesNotContain(onTime.getReceiptNumber());
        Document division = Jsoup.parse(mvc.perform(get("/staf/laporan-konsultasi/bidang").with(Staff.as(users, "kabid.babel")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(division.select("#h-late").first().parent().text()).contains(late.getReceiptNumber());
        Document mine = Jsoup.parse(mvc.perform(get("/staf/laporan-konsultasi/saya").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(mine.select("#my-reports li").stream().filter(li -> li.text().contains(late.getReceiptNumber())))
                .singleElement().satisfies(li -> assertThat(li.text()).contains("Laporan terlambat"));
        assertThat(mine.select("#my-reports li").stream().filter(li -> li.text().contains(onTime.getReceiptNumber())))
                .singleElement().satisfies(li -> assertThat(li.text()).doesNotContain("Laporan terlambat"));
        // the officer's agenda page leads there
        assertThat(Jsoup.parse(mvc.perform(get("/staf/konsultasi-saya").with(as(officer))).andReturn().getResponse()
                .getContentAsString()).select("#my-reports-link").attr("href")).isEqualTo("/staf/laporan-konsultasi/saya");
    }

    @Test
    void theHeadsListIsOnePageOfRowsWithoutLoadingARecordPerRow() throws Exception {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        for (int i = 0; i < ReportLists.PAGE_SIZE + 2; i++) {
            ConsultationRequest r = assignedOn(yesterdayOrBefore(buton, 5), "buton", "banyak" + i + "@contoh.id",
                    null, officer);
            service.recordHeld(fixtures.principal(officer), r.getId(), null,
                    complete(buton, yesterdayOrBefore(buton, 5), officer, "Saran"), null, Set.of());
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long recordsBefore = statistics.getEntityStatistics(ConsultationRecord.class.getName()).getLoadCount();
            Document page = Jsoup.parse(mvc.perform(get("/staf/laporan-konsultasi/kepala").with(Staff.as(users, "kadis.buton")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(statistics.getEntityStatistics(ConsultationRecord.class.getName()).getLoadCount())
                    .as("records loaded to show the list").isEqualTo(recordsBefore);
            assertThat(page.select("#h-late").first().parent().select("li.list-group-item")).hasSize(ReportLists.PAGE_SIZE);
            assertThat(page.select("nav[aria-label='Halaman laporan terlambat'] a[href*=halTerlambat=1]")).isNotEmpty();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    @Test
    void theOfficeAdministratorSetsTheReportDeadlineInWorkingDays() throws Exception {
        Office buton = fixtures.office("buton");
        String before = mvc.perform(get("/admin/laporan-konsultasi").with(Staff.as(users, "admin.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(before);
        String version = form.select("#version").val();
        int days = Integer.parseInt(form.select("#reportWorkingDays").val());
        try {
            mvc.perform(post("/admin/laporan-konsultasi").with(csrf()).with(Staff.as(users, "admin.buton"))
                            .param("version", version).param("reportWorkingDays", "10"))
                    .andExpect(status().is3xxRedirection());
            StaffUser officer = fixtures.officer("buton");
            LocalDate day = yesterdayOrBefore(buton, 4);
            ConsultationRequest r = assignedOn(day, "buton", "sepuluh@contoh.id", null, officer);
            ConsultationRecord held = service.recordHeld(fixtures.principal(officer), r.getId(), null,
                    complete(buton, day, officer, "Saran"), null, Set.of());
            assertThat(held.getReportDueAt()).isEqualTo(calendars.forOffice(buton)
                    .workingDaysAfter(held.getActualEnd(), 10).toInstant());
            assertThat(held.isLate(TestClock.INSTANCE.instant())).isFalse();
            // a stale form of the setting is refused
            mvc.perform(post("/admin/laporan-konsultasi").with(csrf()).with(Staff.as(users, "admin.buton"))
                            .param("version", version).param("reportWorkingDays", "3"))
                    .andExpect(status().isConflict());
        } finally {
            String current = Jsoup.parse(mvc.perform(get("/admin/laporan-konsultasi").with(Staff.as(users, "admin.buton")))
                    .andReturn().getResponse().getContentAsString()).select("#version").val();
            mvc.perform(post("/admin/laporan-konsultasi").with(csrf()).with(Staff.as(users, "admin.buton"))
                    .param("version", current).param("reportWorkingDays", String.valueOf(days)));
        }
    }
}
