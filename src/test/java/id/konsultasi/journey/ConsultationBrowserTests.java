package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.StaffUsers;
import id.konsultasi.consultation.ConsultationRecords;
import id.konsultasi.demo.DemoData;
import id.konsultasi.office.Office;
import id.konsultasi.office.WorkingDayCalendar;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.scheduling.Appointment;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A consultation of each demo office is held and reported in Chromium: the officer writes the record
 * (and loses nothing when the session expires), files the report; in Bangka Belitung the division head
 * returns it once and then forwards it; the head acknowledges it; the request is closed, the report PDF
 * holds what was typed and the applicant's mailbox the closing letter. Every page passes axe-core.
 */
class ConsultationBrowserTests extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffUsers staffUsers;
    @Autowired
    SchedulingService scheduling;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    ConsultationRecords records;
    @Autowired
    WorkingDayCalendar calendars;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL);
        // a page replaced while it is read is read again
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

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password + "\n");
        Browser.awaitPath(browser, "/staf");
    }

    LocalDate previousWorkingDay(Office office) {
        var calendar = calendars.forOffice(office);
        LocalDate day = LocalDate.now(TestClock.INSTANCE.withZone(office.zone())).minusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Test
    void butonHoldsReportsAndClosesAConsultation() throws Exception {
        journey("buton", "WITA", 360);
    }

    @Test
    void bangkaBelitungHoldsReportsHasItReturnedOnceAndClosesIt() throws Exception {
        journey("babel", "WIB", 1280);
    }

    void journey(String code, String zone, int width) throws Exception {
        Office office = fixtures.office(code);
        boolean viaDivision = code.equals("babel");
        StaffUser officer = staffUsers.findByUsername("petugas." + code).orElseThrow();
        StaffUser kabid = staffUsers.findByUsername("kabid." + code).orElseThrow();
        String email = code + ".hasil." + UUID.randomUUID().toString().substring(0, 6) + "@contoh.id";
        // decided early on the day the consultation is held (a consultation never precedes its decision)
        TestClock.INSTANCE.set(previousWorkingDay(office).atTime(7, 0), office.zone());
        ConsultationRequest request = viaDivision
                ? fixtures.assigned(code, email, kabid.getDivisionId(), officer)
                : fixtures.assigned(code, email, officer);
        String problem = "Anak kami putus sekolah " + code;
        String advice = "Daftarkan anak ke program bantuan pendidikan " + code;
        String afterExpiry = "Ditulis setelah sesi berakhir " + UUID.randomUUID().toString().substring(0, 6);
        Path handedOver = Files.createTempFile("formulir-bantuan-", ".pdf");
        Files.write(handedOver, TestFiles.pdf());

        browser = Browser.start(width, 900);
        signIn("petugas." + code, DemoData.PASSWORD);
        if (viaDivision) {
            // an urgent walk-in served at once: no appointment, recorded from the request's page
            TestClock.INSTANCE.reset();
            browser.get(url("/staf/permohonan/" + request.getId()));
            click(By.id("record-link"));
        } else {
            // scheduled first; the record is opened from the appointment
            Appointment appointment = scheduling.schedule(fixtures.principal(officer), request.getId(), new PlanInput(
                    fixtures.workingDay(code, 6), LocalTime.of(10, 0), 60, ConsultationMode.ONLINE, null,
                    "https://meet.contoh.id/" + code, null, fixtures.ids(officer), officer.getId(), null, "Sesuai pemohon"));
            TestClock.INSTANCE.reset();
            browser.get(url("/staf/jadwal/" + appointment.getId()));
            click(By.id("record-link"));
        }
        Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId());
        Browser.assertAccessible(browser);
        if (width <= 360) {
            Browser.assertNoHorizontalScroll(browser);
        }

        // the delivery and the result
        set("date", previousWorkingDay(office).toString());
        set("startTime", "09:00");
        set("endTime", "10:15");
        click(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("input[name=modeUsed][value=IN_PERSON]"))
                .getAttribute("id") + "']"));
        new Select(browser.findElement(By.id("leadOfficerId"))).selectByVisibleText(officer.getFullName());
        type("otherOfficials", "Sekretaris Dinas");
        type("applicantAttendees", "Pemohon dan istri");
        type("problem", problem);
        type("discussion", "Syarat dan jalur bantuan dibahas bersama.");
        type("recommendations", "Ajukan ke sekolah terdekat");
        type("solutions", "Pendampingan pekerja sosial");
        type("handoverNote", "Formulir pendaftaran bantuan");
        browser.findElement(By.id("file")).sendKeys(handedOver.toString());
        type("followUps0.action", "Kunjungan rumah");
        type("followUps0.responsible", "Pekerja sosial");
        set("followUps0.dueDate", LocalDate.now(TestClock.INSTANCE.withZone(office.zone())).plusDays(14).toString());
        click(By.id("save-draft"));
        await().until(d -> d.findElements(By.cssSelector("#handover-files a")).size() == 1);
        assertThat(browser.findElement(By.id("handover-files")).getText()).contains("formulir-bantuan-");
        assertThat(value("problem")).isEqualTo(problem);

        // the session expires while the officer writes: nothing typed is lost
        browser.manage().deleteCookieNamed("KONSULTASI_SESSION");
        type("advice", advice + " " + afterExpiry);
        click(By.id("save-draft"));
        Browser.awaitPath(browser, "/masuk");
        assertThat(browser.findElement(By.id("session-expired")).isDisplayed()).isTrue();
        browser.findElement(By.id("username")).sendKeys("petugas." + code);
        browser.findElement(By.id("password")).sendKeys(DemoData.PASSWORD + "\n");
        Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId());
        await().until(d -> d.findElement(By.id("advice")).getAttribute("value").contains(afterExpiry));
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isTrue();
        assertThat(value("problem")).isEqualTo(problem);
        // and the server got it at once, by the automatic save
        await().until(d -> {
            String saved = records.findByRequestId(request.getId()).orElseThrow().getAdvice();
            return saved != null && saved.contains(afterExpiry);
        });

        // filed
        click(By.id("file-report"));
        Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId() + "/laporan");
        assertThat(browser.findElement(By.id("stage")).getText())
                .isEqualTo(viaDivision ? "Menunggu Kepala Bidang" : "Menunggu Kepala Dinas");
        assertThat(main()).contains(problem, afterExpiry, "09.00 - 10.15 " + zone);
        Browser.assertAccessible(browser);
        browser.get(url("/staf/laporan-konsultasi/saya"));
        assertThat(main()).contains(request.getReceiptNumber());
        Browser.assertAccessible(browser);

        String finalAdvice = advice;
        if (viaDivision) {
            // the division head returns it once with a remark
            signIn("kabid." + code, DemoData.PASSWORD);
            browser.get(url("/staf/laporan-konsultasi/bidang"));
            Browser.assertAccessible(browser);
            click(By.linkText(request.getReceiptNumber()));
            Browser.awaitPath(browser, "/laporan");
            Browser.assertAccessible(browser);
            type("remark", "Sebutkan dasar hukum bantuan pendidikan.");
            click(By.id("return-report"));
            Browser.awaitPath(browser, "/staf/laporan-konsultasi/bidang");

            // the officer sees the remark, revises and files again
            signIn("petugas." + code, DemoData.PASSWORD);
            browser.get(url("/staf/konsultasi/" + request.getId()));
            assertThat(browser.findElement(By.id("returned")).getText()).contains("Sebutkan dasar hukum");
            finalAdvice = advice + " sesuai Permensos 1/2026";
            WebElement field = browser.findElement(By.id("advice"));
            field.clear();
            type("advice", finalAdvice);
            click(By.id("file-report"));
            Browser.awaitPath(browser, "/staf/konsultasi/" + request.getId() + "/laporan");

            // forwarded to the head
            signIn("kabid." + code, DemoData.PASSWORD);
            browser.get(url("/staf/konsultasi/" + request.getId() + "/laporan"));
            click(By.id("forward-report"));
            Browser.awaitPath(browser, "/staf/laporan-konsultasi/bidang");
        }

        // the head acknowledges it from the list
        signIn("kadis." + code, DemoData.PASSWORD);
        browser.get(url("/staf/laporan-konsultasi/kepala"));
        Browser.assertAccessible(browser);
        click(By.linkText(request.getReceiptNumber()));
        Browser.awaitPath(browser, "/laporan");
        click(By.id("acknowledge-report"));
        Browser.awaitPath(browser, "/staf/laporan-konsultasi/kepala");
        assertThat(requests.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(RequestStatus.CLOSED);

        // the timeline of the request shows each step
        browser.get(url("/staf/permohonan/" + request.getId()));
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Telah dilaksanakan", "Laporan diajukan", "Selesai");
        if (viaDivision) {
            assertThat(timeline).contains("Sebutkan dasar hukum", "diteruskan kepada Kepala Dinas");
        }

        // the report PDF holds what was typed
        String pdf = Pdfs.text(mvc.perform(get("/staf/konsultasi/" + request.getId() + "/laporan.pdf")
                .with(Staff.as(users, "kadis." + code))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(pdf).contains("Laporan Hasil Konsultasi", request.getReceiptNumber(), problem, finalAdvice,
                "Kunjungan rumah", "Sekretaris Dinas", officer.getFullName(), "09.00 - 10.15 " + zone);
        if (viaDivision) {
            assertThat(pdf).contains("Melalui", "Dikembalikan 1 kali");
        }

        // the applicant's mailbox: the closing letter with the advice and the file handed over
        MimeMessage mail = Mailbox.awaitSubject(email, "Hasil konsultasi");
        assertThat(Pdfs.text(Mailbox.attachment(mail, "application/pdf"))).contains(finalAdvice, "Kunjungan rumah");
        assertThat(Mailbox.text(mail, "text/plain")).contains(request.getReceiptNumber(), handedOver.getFileName().toString());

        // and the tracking page
        browser.manage().deleteAllCookies();
        browser.get(url("/lacak/" + request.getTrackingToken()));
        assertThat(browser.findElement(By.id("result")).getText()).contains(handedOver.getFileName().toString());
        Browser.assertAccessible(browser);
        if (width <= 360) {
            Browser.assertNoHorizontalScroll(browser);
        }

        // the office administrator's setting page
        signIn("admin." + code, DemoData.PASSWORD);
        browser.get(url("/admin/laporan-konsultasi"));
        Browser.assertAccessible(browser);
    }
}
