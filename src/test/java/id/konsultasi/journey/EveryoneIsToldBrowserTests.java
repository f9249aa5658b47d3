package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.consultation.ConsultationRecord;
import id.konsultasi.consultation.ConsultationRecords;
import id.konsultasi.consultation.ConsultationService;
import id.konsultasi.consultation.FollowUp;
import id.konsultasi.consultation.RecordContent;
import id.konsultasi.consultation.RecordStage;
import id.konsultasi.consultation.ReportReview;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.office.Office;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.Receipt;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15's "done when", in Chromium: Buton's head finds a waiting decision and a waiting report counted in the work
 * inbox, and the duty officer sees the head's decision on the waiting board as it is made; a Bangka Belitung applicant
 * without an e-mail address is told the receipt, the answer letter and the closing letter by the WhatsApp button
 * (the wa.me link opened, the send recorded) and receives the letters in print at the counter.
 */
class EveryoneIsToldBrowserTests extends BrowserJourney {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DeskService desk;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DispositionService dispositions;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationRecords records;
    @Autowired
    ReportReview reviews;

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    /** The count of one kind of the work inbox on the page shown, 0 when the kind is not listed. */
    int inbox(String kind) {
        List<WebElement> row = browser.findElements(By.cssSelector("#inbox-" + kind + " .inbox-count"));
        return row.isEmpty() ? 0 : Integer.parseInt(row.get(0).getText());
    }

    long walkIn(String office, String name) {
        return desk.registerWalkIn(Staff.principal(users, "piket." + office), new DeskService.WalkIn(
                UUID.randomUUID().toString(), new Guest(name, "Desa Wakaokili", "+6281234567890", "7404011203850001",
                true, "Bertanya tentang PKH"), VisitKind.NEW_CONSULTATION, ApplicantType.PERSON, null, null,
                "Program Keluarga Harapan", null, false, null));
    }

    void accept(String office, long requestId, StaffUser officer) {
        dispositions.decide(Staff.principal(users, "kadis." + office), requestId, new DispositionService.Decision(
                requests.findById(requestId).orElseThrow().getVersion(), UUID.randomUUID().toString(),
                DispositionDecision.ACCEPTED, null, ConsultationMode.IN_PERSON, null, officer.getId(), List.of(),
                Urgency.ROUTINE, Set.of(), null));
    }

    RecordContent held(Office office, StaffUser officer, LocalDate day) {
        Instant start = ZonedDateTime.of(day, LocalTime.of(9, 0), office.zone()).toInstant();
        return new RecordContent(start, start.plusSeconds(3600), ConsultationMode.IN_PERSON, officer.getId(), Set.of(),
                null, null, "Pemohon sendiri", "Beasiswa", "Syarat beasiswa", "Ajukan lewat sekolah", null, null, null,
                List.of(new FollowUp("Kunjungan rumah", "Pekerja sosial", day.plusDays(14))),
                ConsultationRecord.DEFAULT_LETTER_SECTIONS, Set.of());
    }

    @Test
    void butonsHeadCountsADecisionAndAReportAndTheDeskSeesTheDecisionAsItIsMade() {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        LocalDate day = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(day.atTime(8, 0), buton.zone());
        browser = Browser.start(1280, 900);
        signIn("kadis.buton");
        int decisions = inbox("DECISIONS");
        int reports = inbox("REPORTS_TO_ACKNOWLEDGE");

        // a walk-in waits at the desk for the head's decision, and an officer files a report for the head
        String guest = "La Ode Menunggu " + UUID.randomUUID().toString().substring(0, 6);
        long visit = walkIn("buton", guest);
        ConsultationRequest reported = fixtures.assigned("buton", null, officer);
        TestClock.INSTANCE.set(day.atTime(14, 0), buton.zone());
        consultations.fileReport(fixtures.principal(officer), reported.getId(), null, held(buton, officer, day), null,
                Set.of());

        browser.navigate().refresh();
        assertThat(inbox("DECISIONS")).isEqualTo(decisions + 1);
        assertThat(inbox("REPORTS_TO_ACKNOWLEDGE")).isEqualTo(reports + 1);
        assertThat(browser.findElement(By.cssSelector("nav a[href='/staf/disposisi'] .visually-hidden"))
                .getAttribute("textContent")).isEqualTo((decisions + 1) + " menunggu");
        // the head was told of both in the bell
        browser.get(url("/staf/pemberitahuan"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("menunggu keputusan", "menunggu pemeriksaan Anda", reported.getReceiptNumber());
        Browser.assertAccessible(browser);

        // the duty officer sees the guest waiting for the head, then the head's decision, without reloading
        signIn("piket.buton");
        browser.get(url("/staf/piket"));
        By card = By.cssSelector("[data-visit='" + visit + "'] .board-decision");
        assertThat(browser.findElement(card).getText()).contains("Menunggu keputusan Kepala Dinas");
        browser.executeScript("window.stillTheSamePage = true;");
        long requestId = requests.findAll().stream().filter(r -> guest.equals(r.getApplicant().getName()))
                .findFirst().orElseThrow().getId();
        accept("buton", requestId, officer);
        Browser.waitFor(browser, d -> d.findElement(card).getText().contains(officer.getFullName()));
        assertThat(browser.findElement(card).getText()).contains("Diterima");
        assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
        Browser.assertAccessible(browser);
    }

    /** Presses the WhatsApp button of a message: a tab opens wa.me with the applicant's number; returns its address. */
    String whatsApp(String kind) {
        String before = browser.getWindowHandle();
        browser.findElement(By.cssSelector("#applicant-told [data-kind=" + kind + "] form.told-whatsapp button")).click();
        Browser.waitFor(browser, d -> d.getWindowHandles().size() == 2);
        String tab = browser.getWindowHandles().stream().filter(h -> !h.equals(before)).findFirst().orElseThrow();
        browser.switchTo().window(tab);
        Browser.waitFor(browser, d -> d.getCurrentUrl().startsWith("https://wa.me/"));
        String address = browser.getCurrentUrl();
        browser.close();
        browser.switchTo().window(before);
        browser.navigate().refresh();
        return address;
    }

    void handOver(String kind) {
        browser.findElement(By.cssSelector("#applicant-told [data-kind=" + kind + "] form.told-print button")).click();
        Browser.waitFor(browser, d -> d.findElement(By.cssSelector("#applicant-told [data-kind=" + kind + "]"))
                .getText().contains("Diserahkan di loket"));
    }

    /** The text of a message's row (read again when the page reloads under it: after the WhatsApp tab closes). */
    String told(String kind) {
        return Browser.textOf(browser, By.cssSelector("#applicant-told [data-kind=" + kind + "]"));
    }

    @Test
    void aBangkaBelitungApplicantWithoutEmailIsToldByWhatsAppAndGetsTheLettersInPrint() throws Exception {
        Office babel = fixtures.office("babel");
        StaffUser officer = fixtures.officer("babel");
        LocalDate day = LocalDate.of(2026, 12, 9);
        TestClock.INSTANCE.set(day.atTime(8, 0), babel.zone());
        // accepted by the head and assigned by the division head (Bangka Belitung routes through one), no e-mail
        StaffUser divisionHead = fixtures.divisionHead("babel");
        ConsultationRequest request = fixtures.assigned("babel", null, divisionHead.getDivisionId(), officer);
        long id = request.getId();

        browser = Browser.start(360, 780);
        signIn("piket.babel");
        browser.get(url("/staf/permohonan/" + id));
        assertThat(told("RECEIPT")).contains("Belum disampaikan");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertThat(whatsApp("RECEIPT")).startsWith("https://wa.me/6281234567890?text=");
        assertThat(told("RECEIPT")).contains("WhatsApp").doesNotContain("Belum disampaikan");
        handOver("RECEIPT");
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("Tanda terima dikirim lewat WhatsApp", "Tanda terima diserahkan di loket");

        // scheduled: the answer letter
        mvc.perform(post("/staf/jadwal/permohonan/" + id).with(csrf()).with(Staff.as(users, officer.getUsername()))
                        .param("date", day.toString()).param("startTime", "09:00").param("durationMinutes", "60")
                        .param("mode", "IN_PERSON").param("roomId", String.valueOf(fixtures.room("babel").getId()))
                        .param("officerIds", String.valueOf(officer.getId()))
                        .param("contactPersonId", String.valueOf(officer.getId())).param("lateReason", "uji"))
                .andExpect(status().is3xxRedirection());
        browser.navigate().refresh();
        assertThat(told("ANSWER_LETTER")).contains("Belum disampaikan");
        assertThat(whatsApp("ANSWER_LETTER")).startsWith("https://wa.me/6281234567890?text=");
        handOver("ANSWER_LETTER");

        // held, reported, reviewed and acknowledged: the closing letter
        TestClock.INSTANCE.set(day.atTime(11, 0), babel.zone());
        ConsultationRecord filed = consultations.fileReport(fixtures.principal(officer), id, null,
                held(babel, officer, day), null, Set.of());
        if (filed.getStage() == RecordStage.AT_DIVISION) {
            reviews.forwardReport(fixtures.principal(divisionHead), id, filed.getVersion(), null);
        }
        reviews.acknowledge(Staff.principal(users, "kadis.babel"), id,
                records.findByRequestId(id).orElseThrow().getVersion());
        browser.navigate().refresh();
        assertThat(whatsApp("CLOSING_LETTER")).startsWith("https://wa.me/6281234567890?text=");
        handOver("CLOSING_LETTER");
        for (String kind : List.of("RECEIPT", "ANSWER_LETTER", "CLOSING_LETTER")) {
            assertThat(told(kind)).contains("WhatsApp", "Diserahkan di loket").doesNotContain("Belum disampaikan");
        }
        Browser.assertAccessible(browser);
    }
}
