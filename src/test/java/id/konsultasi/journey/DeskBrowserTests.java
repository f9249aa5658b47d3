package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.konsultasi.account.StaffUser;
import id.konsultasi.account.UserAdministration;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.request.RequestStatus;
import id.konsultasi.shared.security.Role;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Spreadsheets;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import id.konsultasi.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium, a duty officer of each demo office works the desk by keyboard: registers a walk-in
 * consultation (urgent in Bangka Belitung, straight to an officer), checks in a visitor with an appointment,
 * registers a paper letter, watches the waiting board against the office's own limit refresh by itself, leads a
 * guest in; a double click registers nothing twice; the exports open as spreadsheets; neither office sees the
 * other's guests. Every desk page is audited with axe-core.
 */
class DeskBrowserTests extends BrowserJourney {

    record Desk(String code, String zone, int limit, String prefix, int width, int height) {
    }

    static final Desk BUTON = new Desk("buton", "WITA", 60, "BTN", 768, 1024);
    static final Desk BABEL = new Desk("babel", "WIB", 30, "DSPMD", 1280, 900);

    @Autowired
    UserDetailsService users;
    @Autowired
    RequestService requestService;
    @Autowired
    ConsultationRequests requests;
    @Autowired
    DeskService desk;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    UserAdministration administration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDutyOfficerOfEachOfficeWorksTheDeskAndSeesNothingOfTheOther() throws Exception {
        Map<String, String> butonGuests = shift(BUTON);
        browser.quit();
        Map<String, String> babelGuests = shift(BABEL);

        // the Bangka Belitung desk sees none of Buton's guests, on the board or in the guest book
        browser.get(url("/staf/piket"));
        String board = browser.findElement(By.id("board")).getText();
        browser.get(url("/staf/piket/buku-tamu"));
        String book = browser.findElement(By.tagName("main")).getText();
        for (String name : butonGuests.values()) {
            assertThat(board).doesNotContain(name);
            assertThat(book).doesNotContain(name);
        }
        assertThat(book).contains(babelGuests.get("walkIn"));
    }

    /** One office's duty shift; returns the names of the guests it registered. */
    Map<String, String> shift(Desk office) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String walkIn = "Wa Ode Langsung " + suffix;
        String visitor = "La Ode Janji " + suffix;
        String doubleClick = "Tamu Dobel " + suffix;
        String sender = "Pemerintah Desa Uji " + suffix;
        Receipt appointment = registeredRequest(office, visitor);
        StaffUser officer = office == BABEL ? newOfficer(office) : null;

        browser = Browser.start(office.width(), office.height());
        signIn("piket." + office.code());

        // 1. a walk-in consultation, typed by keyboard in one screen; Enter saves
        browser.get(url("/staf/piket/tamu-baru"));
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertThat(focused().getAttribute("id")).as("the first field has the focus").isEqualTo("name");
        type(walkIn, "name");
        type("", "institution");
        type("0812 3456 7890", "phone");
        type("7404011203850001", "nik");
        focused().sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("identityChecked1")).isSelected()).isTrue();
        type("", "identityChecked1");
        type("Ingin berkonsultasi tentang bantuan lansia", "purpose");
        type("", "kind1");
        assertThat(focused().getAttribute("id")).isEqualTo("topic");
        if (office == BABEL) {
            focused().sendKeys("Penanganan lansia terlantar");
            browser.findElement(By.id("urgent1")).sendKeys(Keys.SPACE);
            new Select(browser.findElement(By.id("officerId"))).selectByValue(String.valueOf(officer.getId()));
            browser.findElement(By.id("topic")).sendKeys(Keys.ENTER);
        } else {
            focused().sendKeys("Penanganan lansia terlantar", Keys.ENTER);
        }
        Browser.awaitPath(browser, "/staf/piket/tamu/" + latestVisitId(walkIn));
        String receiptNumber = browser.findElement(By.id("receipt-number")).getText();
        assertThat(receiptNumber).startsWith("KONS/" + office.prefix() + "/");
        assertThat(browser.findElement(By.id("agenda-number")).getText()).matches("\\d{4}/" + office.prefix() + "/\\d{4}");
        assertThat(focused().getAttribute("id")).as("ready to print at once").isEqualTo("print-receipt");
        assertThat(fetch(browser.findElement(By.id("print-receipt")).getAttribute("href")).type())
                .isEqualTo("application/pdf");
        if (office == BABEL) {
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Diteruskan langsung kepada "
                    + officer.getFullName());
            assertThat(requests.findById(requestIdOf(receiptNumber)).orElseThrow().getStatus())
                    .isEqualTo(RequestStatus.ASSIGNED);
        }
        Browser.assertAccessible(browser);

        // 2. a double click on "save" registers one guest
        browser.get(url("/staf/piket/tamu-baru"));
        fillGuest(doubleClick);
        browser.findElement(By.cssSelector("input[value=OTHER]")).sendKeys(Keys.SPACE);
        WebElement save = browser.findElement(By.cssSelector("form.walk-in-form button[type=submit]"));
        // Bootstrap scrolls smoothly; bring the button into view at once so that both clicks land on it
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
        new Actions(browser).doubleClick(save).perform();
        Browser.awaitPath(browser, "/staf/piket/tamu/" + latestVisitId(doubleClick));
        assertThat(jdbc.queryForObject("select count(*) from guest_visit where guest_name = ?", Long.class,
                doubleClick)).isEqualTo(1);

        // 3. a visitor with an appointment, found as the officer types, and checked in
        browser.get(url("/staf/piket/tamu-baru"));
        fillGuest(visitor);
        browser.findElement(By.cssSelector("input[value=SCHEDULED_CONSULTATION]")).sendKeys(Keys.SPACE);
        assertThat(browser.findElement(By.id("topic")).isDisplayed()).as("only the fields of the chosen visit").isFalse();
        browser.findElement(By.id("lookup")).sendKeys(appointment.receiptNumber());
        WebElement found = new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d ->
                d.findElement(By.id("requestId-" + appointment.requestId())));
        Browser.assertAccessible(browser);
        found = browser.findElement(By.id("requestId-" + appointment.requestId()));
        found.sendKeys(Keys.SPACE);
        assertThat(found.isSelected()).isTrue();
        found.submit();
        Browser.awaitPath(browser, "/staf/piket/tamu/" + latestVisitId(visitor));
        assertThat(browser.findElement(By.id("receipt-number")).getText()).isEqualTo(appointment.receiptNumber());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kehadiran tercatat pada permohonan");

        // 4. a paper letter, with its scan; it gets its agenda number and receipt at once
        Path scan = Files.createTempFile("surat-", ".pdf");
        Files.write(scan, TestFiles.pdf());
        browser.get(url("/staf/agenda/surat-baru"));
        Browser.assertAccessible(browser);
        assertThat(focused().getAttribute("id")).isEqualTo("letterNumber");
        focused().sendKeys("005/77/PEMDES/2026");
        setDate("letterDate", java.time.LocalDate.now(TestClock.INSTANCE).minusDays(2));
        browser.findElement(By.id("institution")).sendKeys(sender);
        browser.findElement(By.id("name")).sendKeys("Kepala Desa Uji");
        browser.findElement(By.id("subject")).sendKeys("Permohonan audiensi pendataan " + suffix);
        browser.findElement(By.id("summary")).sendKeys("Meminta jadwal konsultasi pendataan DTKS desa.");
        browser.findElement(By.id("email")).sendKeys("desa." + suffix + "@contoh.id");
        browser.findElement(By.id("scan")).sendKeys(scan.toAbsolutePath().toString());
        browser.findElement(By.id("subject")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> d.getCurrentUrl().contains("/staf/agenda/surat/"));
        String letterAgenda = browser.findElement(By.id("agenda-number")).getText();
        assertThat(letterAgenda).matches("\\d{4}/" + office.prefix() + "/\\d{4}");
        Browser.assertAccessible(browser);
        Files.delete(scan);

        // 5. the waiting board, with the office's own limit, refreshing by itself
        browser.get(url("/staf/piket"));
        assertThat(browser.findElement(By.id("walk-in-limit")).getText()).contains(office.limit() + " menit");
        WebElement walkInCard = card(walkIn);
        assertThat(walkInCard.getText()).contains("Permohonan konsultasi baru", receiptNumber, office.zone(),
                "dari " + office.limit() + " menit terpakai");
        assertThat(walkInCard.findElement(By.cssSelector(".wait-badge")).getText())
                .isIn("Tepat waktu", "Mendekati batas", "Melewati batas");
        assertThat(card(visitor).getText()).contains("Datang untuk konsultasi yang sudah terdaftar",
                appointment.receiptNumber());
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        String latecomer = "Tamu Susulan " + suffix;
        desk.registerWalkIn(Staff.principal(users, "piket." + office.code()), new DeskService.WalkIn(
                UUID.randomUUID().toString(), new Guest(latecomer, null, "+6281234500000", "7404011203850001", true,
                "Mengantar undangan"), VisitKind.OTHER, ApplicantType.PERSON, null, null, null, null, false, null));
        new WebDriverWait(browser, Duration.ofSeconds(25), Browser.POLL).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("board")).getText().contains(latecomer));

        // 6. "led to the meeting room": the guest moves to the meeting list with the time they waited
        // (the board may refresh between finding the button and pressing it: then it is found again)
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    card(walkIn).findElement(By.cssSelector("button[id^=lead-]")).sendKeys(Keys.ENTER);
                    return true;
                });
        // the page reloads after the press and the board refreshes itself: elements found may go stale
        Browser.waitFor(browser, d ->
                d.findElement(By.cssSelector(".alert-success")).getText().contains("diantar ke ruang rapat"));
        Browser.waitFor(browser, d -> {
            String meeting = d.findElement(By.xpath("//table//tr[.//*[contains(., '" + walkIn + "')]]")).getText();
            return meeting.contains("menit menunggu") && meeting.contains("Selesai, tamu pulang");
        });
        Browser.assertAccessible(browser);

        // 7. the guest book, and its CSV export opened as a spreadsheet
        browser.get(url("/staf/piket/buku-tamu"));
        assertThat(browser.findElement(By.id("guest-book")).getText()).contains(walkIn, visitor, doubleClick);
        Browser.assertAccessible(browser);
        Fetched csv = fetch(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv.type()).startsWith("text/csv");
        List<List<String>> rows = Spreadsheets.csv(csv.body());
        assertThat(rows.get(0)).contains("Datang (" + office.zone() + ")", "Nama", "Diantar ke ruang rapat ("
                + office.zone() + ")");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(walkIn, receiptNumber));

        // 8. the secretariat's agenda book holds the walk-in and the letter; its XLSX opens as a workbook
        browser.manage().deleteAllCookies();
        signIn("sekretariat." + office.code());
        browser.get(url("/staf/agenda"));
        // the book runs in order of registration, 50 entries a page: the new letter is on the last page
        while (!browser.findElement(By.id("agenda-book")).getText().contains(letterAgenda)
                && !browser.findElements(By.cssSelector("a[rel=next][href]")).isEmpty()) {
            browser.get(browser.findElement(By.cssSelector("a[rel=next][href]")).getAttribute("href"));
        }
        assertThat(browser.findElement(By.id("agenda-book")).getText()).contains(letterAgenda, sender);
        Browser.assertAccessible(browser);
        Fetched xlsx = fetch(browser.findElement(By.id("export-xlsx")).getAttribute("href"));
        List<List<String>> sheet = Spreadsheets.xlsx(xlsx.body());
        assertThat(sheet.get(0)).startsWith("Nomor agenda", "Tanggal registrasi (" + office.zone() + ")");
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains(letterAgenda, "005/77/PEMDES/2026"));
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains(receiptNumber, "Datang langsung"));

        browser.manage().deleteAllCookies();
        signIn("piket." + office.code());
        return Map.of("walkIn", walkIn, "visitor", visitor, "doubleClick", doubleClick, "latecomer", latecomer);
    }

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Types into the focused field, which must be the expected one, and moves on with Tab. */
    void type(String text, String expectedId) {
        WebElement field = focused();
        assertThat(field.getAttribute("id")).as("tab order").isEqualTo(expectedId);
        field.sendKeys(text, Keys.TAB);
    }

    void fillGuest(String name) {
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("phone")).sendKeys("0813 2222 3333");
        browser.findElement(By.id("nik")).sendKeys("7404011203850001");
        browser.findElement(By.id("identityChecked1")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("purpose")).sendKeys("Datang ke kantor");
    }

    void setDate(String id, java.time.LocalDate date) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    WebElement card(String guest) {
        return browser.findElement(By.xpath("//*[@data-visit][.//*[contains(., '" + guest + "')]]"));
    }

    long latestVisitId(String guest) {
        return new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> jdbc.queryForList(
                "select id from guest_visit where guest_name = ? order by id desc", Long.class, guest)
                .stream().findFirst().orElse(null));
    }

    long requestIdOf(String receiptNumber) {
        return requests.findByReceiptNumber(receiptNumber).get(0).getId();
    }

    record Fetched(int status, String type, byte[] body) {
    }

    /** Downloads a link inside the signed-in browser, as the browser would. */
    Fetched fetch(String href) {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
                    return r.arrayBuffer().then(function (buffer) {
                        var bytes = new Uint8Array(buffer), text = '';
                        for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                        done([r.status, r.headers.get('content-type'), btoa(text)]);
                    });
                });""", href);
        assertThat(((Number) result.get(0)).intValue()).as("status of " + href).isEqualTo(200);
        return new Fetched(200, (String) result.get(1), Base64.getDecoder().decode((String) result.get(2)));
    }

    Receipt registeredRequest(Desk office, String name) {
        long officeId = offices.findByCode(office.code()).orElseThrow().getId();
        Receipt receipt = requestService.submit(officeId, new NewRequest(Channel.ONLINE, UUID.randomUUID().toString(),
                        new NewRequest.ApplicantData(ApplicantType.PERSON, name, null, null, null, "+6285233334444",
                                "janji@contoh.id", null),
                        "Pendampingan anak", "Konsultasi terjadwal", ConsultationMode.IN_PERSON, null, false, true),
                List.of(), Actor.applicant());
        ConsultationRequest r = requests.findById(receipt.requestId()).orElseThrow();
        requestService.register(Staff.principal(users, "sekretariat." + office.code()), r.getId(), r.getVersion());
        return receipt;
    }

    StaffUser newOfficer(Desk office) {
        long officeId = offices.findByCode(office.code()).orElseThrow().getId();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return administration.create(Staff.principal(users, "admin." + office.code()), null,
                "petugas-" + suffix + "." + office.code(), "rahasia-sekali-123",
                new StaffUser.Profile("Petugas Siaga " + suffix, "Pekerja Sosial", null, null, null,
                        divisions.findByOfficeIdOrderByName(officeId).get(0).getId()), EnumSet.of(Role.PETUGAS));
    }
}
