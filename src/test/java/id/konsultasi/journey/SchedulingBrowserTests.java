package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import biweekly.Biweekly;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.demo.DemoData;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.Reminders;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo officer of each office schedules one in-person and one online consultation in Chromium; a
 * clashing booking is refused; a reschedule sends an updated invitation; the reminder goes out once;
 * the answer letter is read back from its PDF.
 */
@IntegrationTest
@Tag("browser")
class SchedulingBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    Reminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    void choose(String name, String value) {
        String id = browser.findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]")).getAttribute("id");
        click(By.cssSelector("label[for=" + id + "]"));
    }

    void signIn(String username) {
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD + "\n");
        Browser.awaitPath(browser, "/staf");
    }

    @Test
    void butonSchedulesInPersonAndOnline() throws Exception {
        officeJourney("buton", "WITA", 60);
    }

    @Test
    void bangkaBelitungSchedulesInPersonAndOnline() throws Exception {
        // its standard's consultation takes 30 minutes: the length proposed
        officeJourney("babel", "WIB", 30);
    }

    /** "09.00 - 10.00" as letters write it, or "09:00-10:00" as collisions do. */
    static String span(LocalTime start, int minutes, String separator) {
        return start + separator + start.plusMinutes(minutes);
    }

    void officeJourney(String office, String zone, int minutes) throws Exception {
        String first = span(LocalTime.of(9, 0), minutes, " - ").replace(':', '.');
        String later = span(LocalTime.of(10, 30), minutes, " - ").replace(':', '.');
        StaffUser officer = staffUsers.findByUsername("petugas." + office).orElseThrow();
        String inPersonMail = office + ".tatap." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        String onlineMail = office + ".daring." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        ConsultationRequest inPerson = fixtures.assigned(office, inPersonMail, officer);
        ConsultationRequest online = fixtures.assigned(office, onlineMail, officer);
        String day = fixtures.workingDay(office, 8).toString();
        String room = fixtures.room(office).getName();

        browser = Browser.start(1280, 900);
        signIn("petugas." + office);
        browser.get(url("/staf/konsultasi-saya"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(inPerson.getReceiptNumber());
        Browser.assertAccessible(browser);

        // in person
        browser.get(url("/staf/jadwal/permohonan/" + inPerson.getId()));
        Browser.assertAccessible(browser);
        set("date", day);
        set("startTime", "09:00");
        choose("mode", "IN_PERSON");
        new Select(browser.findElement(By.id("roomId"))).selectByVisibleText(room);
        browser.findElement(By.id("whatToBring")).sendKeys("KTP asli");
        browser.findElement(By.id("lateReason")).sendKeys("Pemohon meminta minggu depan");
        click(By.cssSelector("main form[method=post] button[type=submit]"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("appointment-status")).isEmpty());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(first + " " + zone, room);
        Browser.assertAccessible(browser);
        String appointmentUrl = browser.getCurrentUrl();

        // online, clashing with the first for the same officer: refused with what collides
        browser.get(url("/staf/jadwal/permohonan/" + online.getId()));
        set("date", day);
        set("startTime", "09:15");
        choose("mode", "ONLINE");
        browser.findElement(By.id("meetingLink")).sendKeys("https://meet.contoh.id/" + office);
        browser.findElement(By.id("lateReason")).sendKeys("Menyesuaikan jadwal pemohon");
        click(By.cssSelector("main form[method=post] button[type=submit]"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("sudah punya jadwal pada",
                span(LocalTime.of(9, 0), minutes, "-") + " " + zone);
        Browser.assertAccessible(browser);
        set("startTime", "13:00");
        click(By.cssSelector("main form[method=post] button[type=submit]"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("appointment-status")).isEmpty());

        // the applicants' mailboxes: the answer letter, read back from the PDF, and a valid invitation
        MimeMessage letterMail = Mailbox.awaitSubject(inPersonMail, "Surat jawaban");
        String letter = Pdfs.text(Mailbox.attachment(letterMail, "application/pdf"));
        assertThat(letter).contains(inPerson.getReceiptNumber(), "Tatap muka", first, room, "KTP asli",
                officer.getFullName());
        assertThat(Biweekly.parse(new String(Mailbox.attachment(letterMail, "text/calendar"), StandardCharsets.UTF_8))
                .first().getEvents()).hasSize(1);
        MimeMessage onlineLetter = Mailbox.awaitSubject(onlineMail, "Surat jawaban");
        assertThat(Pdfs.text(Mailbox.attachment(onlineLetter, "application/pdf"))).contains("https://meet.contoh.id/" + office);

        // reschedule the in-person one: the applicant gets the updated invitation for the same event
        browser.get(appointmentUrl);
        set("startTime", "10:30");
        browser.findElement(By.id("reason")).sendKeys("Ruang dipakai rapat pimpinan");
        click(By.cssSelector("main form[action$=ubah] button[type=submit]"));
        Browser.waitFor(browser, d -> d.findElement(By.tagName("main")).getText().contains(later + " " + zone));
        MimeMessage moved = Mailbox.awaitSubject(inPersonMail, "Perubahan jadwal");
        String ics = new String(Mailbox.attachment(moved, "text/calendar"), StandardCharsets.UTF_8);
        assertThat(ics).contains("SEQUENCE:1", scheduling.activeFor(inPerson.getId()).orElseThrow().getIcsUid());

        // the applicant's page: the letter and the calendar file
        browser.get(url("/lacak/" + inPerson.getTrackingToken()));
        Browser.assertAccessible(browser);
        String pdfUrl = browser.findElement(By.id("answer-letter")).getAttribute("href");
        byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(Pdfs.text(pdf)).contains(later);

        // the reminder job, run twice once the moment has come, sends exactly one reminder
        var appointment = scheduling.activeFor(inPerson.getId()).orElseThrow();
        Instant soon = TestClock.INSTANCE.instant().plusSeconds(2 * 3600);
        jdbc.update("update appointment set start_at = ?, end_at = ?, letter_issued_at = ? where id = ?",
                Timestamp.from(soon), Timestamp.from(soon.plusSeconds(3600)),
                Timestamp.from(TestClock.INSTANCE.instant().minusSeconds(5 * 86_400)), appointment.getId());
        reminders.remindApplicants();
        reminders.remindApplicants();
        Mailbox.awaitSubject(inPersonMail, "Pengingat");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where kind = 'REMINDER' and request_id = ?",
                Integer.class, inPerson.getId())).as("one reminder queued, however often the job ran").isEqualTo(1);
    }
}
