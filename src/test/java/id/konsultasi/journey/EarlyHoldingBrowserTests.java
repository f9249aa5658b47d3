package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.demo.DemoData;
import id.konsultasi.office.MeetingRoom;
import id.konsultasi.office.Office;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, on a phone: a Buton consultation planned for Monday is held on Friday. The officer cannot
 * record it before the request was decided (said beside the date, nothing typed lost); the head returns
 * the report once with a remark, the officer files it again, the head acknowledges it. The applicant's
 * tracking page then tells what happened: held on Friday, Monday's appointment released, no calendar
 * button, the return said once in plain words, no deadlines left. Every page passes axe-core.
 */
class EarlyHoldingBrowserTests extends BrowserJourney {

    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    static final String PASSWORD = "sandi-uji-panjang";

    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ConsultationRequests requests;

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    void type(String id, String text) {
        WebElement element = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.sendKeys(text);
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password + "\n");
        Browser.awaitPath(browser, "/staf");
    }

    @Test
    void aConsultationHeldBeforeItsAppointmentIsToldAsItHappened() {
        Office buton = fixtures.office("buton");
        StaffUser officer = fixtures.officer("buton");
        MeetingRoom room = fixtures.room("buton");
        String email = "awal." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        TestClock.INSTANCE.set(WEDNESDAY.atTime(9, 0), buton.zone());
        ConsultationRequest request = fixtures.assigned("buton", email, officer);
        scheduling.schedule(fixtures.principal(officer), request.getId(), new PlanInput(MONDAY, LocalTime.of(9, 0), 60,
                ConsultationMode.IN_PERSON, room.getId(), null, null, fixtures.ids(officer), officer.getId(), null,
                "Sesuai permintaan pemohon"));
        TestClock.INSTANCE.set(FRIDAY.atTime(14, 0), buton.zone());
        String problem = "Anak kami putus sekolah " + UUID.randomUUID().toString().substring(0, 6);

        browser = Browser.start(360, 800);
        signIn(officer.getUsername(), PASSWORD);
        browser.get(url("/staf/konsultasi/" + request.getId()));

        // Tuesday: before the head decided; said beside the date, what was typed stays
        set("date", TUESDAY.toString());
        set("startTime", "10:00");
        set("endTime", "11:00");
        new Select(browser.findElement(By.id("leadOfficerId"))).selectByVisibleText(officer.getFullName());
        type("problem", problem);
        type("discussion", "Syarat bantuan pendidikan dibahas.");
        type("advice", "Daftarkan anak ke program bantuan pendidikan.");
        click(By.id("file-report"));
        await().until(d -> !d.findElements(By.id("date-error")).isEmpty());
        assertThat(browser.findElement(By.id("date-error")).getText()).contains("sebelum");
        assertThat(value("problem")).isEqualTo(problem);
        Browser.assertAccessible(browser);

        // Friday it was
        set("date", FRIDAY.toString());
        click(By.id("file-report"));
        Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId() + "/laporan");

        // the head returns it once with a remark
        signIn("kadis.buton", DemoData.PASSWORD);
        browser.get(url("/staf/laporan-konsultasi/kepala"));
        click(By.linkText(request.getReceiptNumber()));
        Browser.awaitPath(browser, "/laporan");
        Browser.assertAccessible(browser);
        type("remark", "Sebutkan program bantuan yang dimaksud.");
        click(By.id("return-report"));
        Browser.awaitPath(browser, "/staf/laporan-konsultasi/kepala");

        // the officer revises and files again; the head acknowledges
        signIn(officer.getUsername(), PASSWORD);
        browser.get(url("/staf/konsultasi/" + request.getId()));
        assertThat(browser.findElement(By.id("returned")).getText()).contains("Sebutkan program bantuan");
        type("advice", " Program Indonesia Pintar.");
        click(By.id("file-report"));
        Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId() + "/laporan");
        signIn("kadis.buton", DemoData.PASSWORD);
        browser.get(url("/staf/konsultasi/" + request.getId() + "/laporan"));
        click(By.id("acknowledge-report"));
        Browser.awaitPath(browser, "/staf/laporan-konsultasi/kepala");
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);

        // the applicant's page: what happened, no calendar, the return once, no deadlines
        browser.manage().deleteAllCookies();
        browser.get(url("/lacak/" + request.getTrackingToken()));
        String appointment = browser.findElement(By.id("h-appointment")).findElement(By.xpath("..")).getText();
        assertThat(appointment).contains("lebih awal", "Jumat, 11 Desember 2026", "Senin, 14 Desember 2026");
        assertThat(browser.findElements(By.id("ics"))).isEmpty();
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline.split("dikembalikan untuk diperbaiki", -1)).hasSize(2);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .doesNotContain("Surat jawaban paling lambat", "Konsultasi dilaksanakan paling lambat");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }
}
