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
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.Reminders;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo officer of each office schedules one in-person and one online consultation in Chromium; a
 * clashing booking is refused; a reschedule sends an updated invitation; the reminder goes out once;
 * the answer letter is read back from its PDF.
 */
class SchedulingBrowserTests extends BrowserJourney {

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

    void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    void choose(String name, String value) {
        String id = browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")).getAttribute("id");
        click(By.cssSelector("label[for=" + id + "]"));
    }

    /** The text of the week's slot that starts at {@code 2026-11-23T09:00}. */
    String slotLabel(String start) {
        String id = browser.findElement(By.cssSelector("input[name=slot][value='" + start + "']")).getAttribute("id");
        return browser.findElement(By.cssSelector("label[for=" + id + "]")).getText();
    }

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
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

    @SuppressWarnings("unchecked")
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

        // in person: the week of the day, a free slot clicked fills in the date and the time
        browser.get(url("/staf/jadwal/permohonan/" + inPerson.getId() + "?tanggal=" + day));
        Browser.assertAccessible(browser);
        assertThat(slotLabel(day + "T09:00")).contains("bebas");
        choose("slot", day + "T09:00");
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(day);
        assertThat(browser.findElement(By.id("startTime")).getAttribute("value")).isEqualTo("09:00");
        choose("mode", "IN_PERSON");
        new Select(browser.findElement(By.id("roomId"))).selectByVisibleText(room);
        browser.findElement(By.id("whatToBring")).sendKeys("KTP asli");
        browser.findElement(By.id("lateReason")).sendKeys("Pemohon meminta minggu depan");
        click(By.id("schedule-save"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("appointment-status")).isEmpty());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(first + " " + zone, room);
        Browser.assertAccessible(browser);
        String appointmentUrl = browser.getCurrentUrl();

        // online, clashing with the first for the same officer: the week shows the slot taken, and by whom; typed
        // by hand over it, the time is refused with what collides
        browser.get(url("/staf/jadwal/permohonan/" + online.getId() + "?tanggal=" + day));
        assertThat(slotLabel(day + "T09:00")).contains("terisi", officer.getFullName(), inPerson.getReceiptNumber());
        assertThat(browser.findElement(By.cssSelector("input[name=slot][value='" + day + "T09:00']")).isEnabled()).isFalse();
        set("date", day);
        set("startTime", "09:15");
        choose("mode", "ONLINE");
        browser.findElement(By.id("meetingLink")).sendKeys("https://meet.contoh.id/" + office);
        browser.findElement(By.id("lateReason")).sendKeys("Menyesuaikan jadwal pemohon");
        click(By.id("schedule-save"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("sudah punya jadwal pada",
                span(LocalTime.of(9, 0), minutes, "-") + " " + zone);
        Browser.assertAccessible(browser);
        set("startTime", "13:00");
        click(By.id("schedule-save"));
        Browser.waitFor(browser, d -> !d.findElements(By.id("appointment-status")).isEmpty());

        // on a phone the week shows one day at a time, a button per day: nothing scrolls sideways or is squeezed,
        // each slot a 44 px target
        browser = Browser.start(390, 844);
        browser.get(appointmentUrl);
        assertThat(browser.findElements(By.cssSelector("#week .week-day")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-date")).toList()).containsExactly(day);
        click(By.cssSelector("#week .week-tabs button:last-child"));
        assertThat(browser.findElements(By.cssSelector("#week .week-day")).stream().filter(WebElement::isDisplayed)
                .count()).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("#week .week-day:last-of-type")).isDisplayed()).isTrue();
        Browser.assertNoHorizontalScroll(browser);
        assertThat((List<String>) browser.executeScript(PhoneListsBrowserTests.SQUEEZED))
                .as("what is squeezed on the schedule page").isEmpty();
        assertThat((List<Long>) browser.executeScript("""
                const shown = Array.from(document.querySelectorAll('#week .slot-choice'))
                        .filter(e => e.getClientRects().length > 0);
                if (shown.length === 0) return [-1];
                return shown.map(e => Math.floor(e.getBoundingClientRect().height)).filter(h => h < 44);""")).isEmpty();
        Browser.assertAccessible(browser);
        browser = Browser.start(1280, 900);

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
        click(By.id("schedule-save"));
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
