package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.konsultasi.account.StaffUsers;
import id.konsultasi.office.Divisions;
import id.konsultasi.office.Offices;
import id.konsultasi.request.Actor;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.request.Channel;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.LetterReference;
import id.konsultasi.request.NewRequest;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a request of each demo office through the head's disposition, as each standard
 * prescribes (Buton straight to officers, Bangka Belitung through the division head), down to the
 * lembar disposisi PDF read back field by field; every page audited with axe-core.
 */
class DispositionBrowserTests extends BrowserJourney {

    @Autowired
    RequestService service;
    @Autowired
    Offices offices;
    @Autowired
    Divisions divisions;
    @Autowired
    StaffUsers users;

    long staffId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    Receipt letter(String office, String topic, String sender, String letterNumber) {
        return service.submit(offices.findByCode(office).orElseThrow().getId(), new NewRequest(Channel.LETTER,
                        UUID.randomUUID().toString(), new NewRequest.ApplicantData(ApplicantType.PUBLIC_BODY, "Sitti Aminah",
                        sender, "Sekretaris", null, "+6281234567001", "aminah@contoh.go.id", null), topic,
                        "Koordinasi program bantuan sosial", ConsultationMode.IN_PERSON, null, false, true,
                        new LetterReference(letterNumber, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 20))),
                List.of(), Actor.applicant());
    }

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    /** Clicks like a user who scrolled to it (Bootstrap scrolls smoothly, which a click must not race). */
    void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    void click(By by) {
        click(browser.findElement(by));
    }

    void check() {
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    /** Searches the worklist for the request and opens it. */
    void open(String listPath, String search, Receipt receipt) {
        browser.get(url(listPath));
        check();
        browser.findElement(By.id("q")).sendKeys(search);
        click(By.cssSelector("form[role=search] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.getCurrentUrl().contains("q="));
        assertThat(browser.findElements(By.cssSelector("#worklist tbody tr"))).hasSize(1);
        click(By.linkText(receipt.receiptNumber()));
        Browser.awaitPath(browser, "/staf/disposisi/" + receipt.requestId());
        check();
    }

    void submitAndWaitFor(String formSelector, String resultId) {
        click(By.cssSelector(formSelector + " button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> !d.findElements(By.id(resultId)).isEmpty());
    }

    void tick(String name, Object value) {
        WebElement box = browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']"));
        if (!box.isSelected()) {
            click(box);
        }
    }

    String pdf(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("KONSULTASI_SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "KONSULTASI_SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return Pdfs.text(response.body());
    }

    @Test
    void butonsHeadAssignsAnOfficerStraightAwayAndFilesTheLembarDisposisi() throws Exception {
        browser = Browser.start(1280, 900);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String topic = "Sosialisasi program keluarga harapan " + tag;
        Receipt receipt = letter("buton", topic, "Pemerintah Desa Wakalambe", "140/27/DS-WKB/XI/2026");

        signIn("kadis.buton");
        browser.get(url("/staf/delegasi"));
        check();
        open("/staf/disposisi", tag, receipt);

        // the reason is asked for only when refusing
        tick("decision", "REFUSED");
        assertThat(browser.findElement(By.id("reason")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("leadOfficerId")).isDisplayed()).isFalse();
        tick("decision", "ACCEPTED");
        assertThat(browser.findElement(By.id("reason")).isDisplayed()).isFalse();

        tick("mode", "ONLINE");
        new Select(browser.findElement(By.id("leadOfficerId"))).selectByValue(String.valueOf(staffId("petugas.buton")));
        tick("companionIds", staffId("petugas2.buton"));
        tick("urgency", "URGENT");
        tick("instructions", "RESPOND_AND_ADVISE");
        tick("instructions", "PROCESS_FURTHER");
        browser.findElement(By.id("note")).sendKeys("Libatkan pendamping PKH kecamatan.");
        submitAndWaitFor("#disposition-form", "disposition");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Disposisi tersimpan");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Petugas ditunjuk");
        assertThat(browser.findElement(By.id("lead-officer")).getText()).contains("Muhammad Yusran");
        check();

        click(By.id("sheet-link"));
        Browser.awaitPath(browser, "/staf/disposisi/" + receipt.requestId() + "/lembar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualToIgnoringCase("Lembar Disposisi");
        check();

        String text = pdf("/staf/disposisi/" + receipt.requestId() + "/lembar.pdf");
        assertThat(text).contains("LEMBAR DISPOSISI", "PEMERINTAH KABUPATEN BUTON", "DINAS SOSIAL KABUPATEN BUTON",
                "Surat dari Sitti Aminah (Pemerintah Desa Wakalambe)", "Nomor surat 140/27/DS-WKB/XI/2026",
                "Tanggal surat 18 November 2026", "Diterima tanggal 20 November 2026", topic, "X Segera",
                "X Tanggapan dan saran", "X Proses lebih lanjut", "Muhammad Yusran, S.Tr.Sos.",
                "Wa Ode Sitti Marlina, S.Sos.", "Bentuk: Daring (video)", "Libatkan pendamping PKH kecamatan.",
                "Kepala Dinas Sosial", "Drs. La Ode Muhammad Arifin, M.Si.");
        assertThat(text).contains("Nomor agenda " + browser.findElement(By.id("sheet-agenda")).getText());
        assertThat(text).doesNotContain("X Biasa").doesNotContain("DISPOSISI KEPALA BIDANG");
    }

    @Test
    void bangkaBelitungsHeadDisposesToTheDivisionWhoseHeadAssignsOnAPhone() throws Exception {
        browser = Browser.start(360, 780);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String topic = "Penanganan anak jalanan di Pangkalpinang " + tag;
        Receipt receipt = letter("babel", topic, "Dinas Sosial Kota Pangkalpinang", "460/512/DINSOS/2026");

        signIn("kadis.babel");
        open("/staf/disposisi", tag, receipt);
        assertThat(browser.findElements(By.id("leadOfficerId"))).as("Bangka Belitung disposes to a division").isEmpty();
        // on a phone the decision comes first: the summary, then the form within the first two screens, the details after
        assertThat(browser.findElement(By.id("summary")).getText()).contains(topic);
        long formTop = (Long) browser.executeScript(
                "return Math.round(document.getElementById('disposition-form').getBoundingClientRect().top + scrollY);");
        long detailsTop = (Long) browser.executeScript(
                "return Math.round(document.getElementById('h-request').getBoundingClientRect().top + scrollY);");
        assertThat(formTop).isLessThan(detailsTop).isLessThan(2 * 780L);
        new Select(browser.findElement(By.id("divisionId"))).selectByVisibleText("Bidang Rehabilitasi Sosial");
        tick("urgency", "VERY_URGENT");
        tick("instructions", "COORDINATE");
        tick("instructions", "PREPARE_STAFF_ANALYSIS");
        submitAndWaitFor("#disposition-form", "disposition");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Didisposisikan ke bidang");
        assertThat(browser.findElement(By.id("forwarded-to")).getText()).isEqualTo("Bidang Rehabilitasi Sosial");
        check();

        signIn("kabid.babel");
        open("/staf/bidang", tag, receipt);
        assertThat(browser.findElement(By.id("staffAnalysisRequired1")).isSelected())
                .as("the head asked for a telaahan staf").isTrue();
        new Select(browser.findElement(By.id("leadOfficerId"))).selectByValue(String.valueOf(staffId("petugas.babel")));
        tick("companionIds", staffId("petugas2.babel"));
        browser.findElement(By.id("instructions")).sendKeys("Undang Satpol PP dan Dinas Pendidikan.");
        submitAndWaitFor("#assignment-form", "assignment");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Petugas ditunjuk");
        assertThat(browser.findElement(By.id("companions")).getText()).contains("Dedi Kurniawan");
        assertThat(browser.findElement(By.id("staff-analysis-state")).getText()).contains("belum dilampirkan");
        check();

        click(By.id("sheet-link"));
        Browser.awaitPath(browser, "/staf/disposisi/" + receipt.requestId() + "/lembar");
        check();

        String text = pdf("/staf/disposisi/" + receipt.requestId() + "/lembar.pdf");
        assertThat(text).contains("LEMBAR DISPOSISI", "DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DESA",
                "Sitti Aminah (Dinas Sosial Kota Pangkalpinang)", "460/512/DINSOS/2026", "18 November 2026",
                "20 November 2026", topic, "X Sangat segera", "X Koordinasi/konfirmasikan", "X Siapkan telaahan staf",
                "Bidang Rehabilitasi Sosial", "Bentuk: Tatap muka", "Dr. Ir. Budi Santoso, M.M.",
                "DISPOSISI KEPALA BIDANG", "Petugas utama Fajar Nugroho, S.Sos.", "Pendamping Dedi Kurniawan, S.Kesos.",
                "Telaahan staf Diperlukan", "Undang Satpol PP dan Dinas Pendidikan.", "Rina Marlina, S.E., M.Si.");
    }
}
