package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import id.konsultasi.support.Browser;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen on a 360 px phone submits a request with an ID scan to each demo office, gets the receipt
 * page, the PDF and the e-mail, and follows the request through the link; axe-core audits every page.
 */
@IntegrationTest
@Tag("browser")
class CitizenRequestBrowserTests {

    @LocalServerPort
    int port;

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

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Chooses a radio button by its label, as a person taps it. */
    void choose(String name, String value) {
        String id = browser.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")).getAttribute("id");
        click(By.cssSelector("label[for=" + id + "]"));
    }

    @Test
    void aCitizenAsksButonForAConsultationOnAPhone() throws Exception {
        journey("buton", "WITA", false);
    }

    @Test
    void aCitizenAsksBangkaBelitungWithAPreferredVisitTime() throws Exception {
        journey("babel", "WIB", true);
    }

    void journey(String office, String zone, boolean visitTime) throws Exception {
        browser = Browser.start(360, 780);
        String email = office + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Path scan = Files.createTempFile("ktp", ".png");
        Files.write(scan, TestFiles.png());

        browser.get(url("/kantor/" + office));
        click(By.id("apply"));
        Browser.awaitPath(browser, "/kantor/" + office + "/ajukan");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the request form");

        // the institution's fields are revealed only for an applicant who writes for one
        assertThat(browser.findElement(By.id("institution")).isDisplayed()).isFalse();
        choose("applicantType", "NGO");
        assertThat(browser.findElement(By.id("institution")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("requestLetter")).isDisplayed()).isTrue();
        choose("applicantType", "PERSON");
        assertThat(browser.findElement(By.id("requestLetter")).isDisplayed()).isFalse();

        // first attempt with a mistake: the page comes back with the message and everything typed
        type("name", "Sitti Aminah");
        type("phone", "12");
        type("email", email);
        type("topic", "Syarat bantuan sosial lansia");
        type("purpose", "Mengetahui syarat dan alur pengajuan bantuan untuk orang tua saya.");
        choose("preferredMode", "IN_PERSON");
        browser.findElement(By.id("idScan")).sendKeys(scan.toAbsolutePath().toString());
        click(By.cssSelector("main button[type=submit]"));
        Browser.awaitPath(browser, "/kantor/" + office + "/ajukan");
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sitti Aminah");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sudah diunggah");
        Browser.assertAccessible(browser);

        type("phone", "0812 3456 7890");
        if (office.equals("buton")) {
            type("nik", "7404015708900003");
        }
        if (visitTime) {
            // the picker: the office's next working days, then a time within its hours, tapped like any radio
            assertThat(browser.findElements(By.cssSelector("input[name=visitDay]"))).hasSize(10);
            choose("visitDay", "2026-11-17");
            choose("visitTime", "10:30");
        }
        WebElement consent = browser.findElement(By.id("consent1"));
        if (!consent.isSelected()) {
            click(By.cssSelector("label[for=consent1]"));
        }
        click(By.cssSelector("main button[type=submit]"));

        // the answers to check before sending; "change" leads back to the field with everything kept
        Browser.waitFor(browser, d -> d.findElement(By.tagName("h1")).getText().equals("Periksa jawaban Anda"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sitti Aminah", "0812 3456 7890", "ktp");
        if (visitTime) {
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Selasa, 17 November 2026, 10:30 WIB");
        }
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the answers to check");
        click(By.cssSelector("button[name=change][value=phone]"));
        Browser.waitFor(browser, d -> d.findElements(By.id("phone")).size() == 1);
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sitti Aminah");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sudah diunggah");
        type("phone", "0812 3456 7891");
        click(By.cssSelector("main button[type=submit]"));
        Browser.waitFor(browser, d -> d.findElement(By.tagName("h1")).getText().equals("Periksa jawaban Anda"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("0812 3456 7891");
        click(By.cssSelector("button[name=send]"));
        Browser.waitFor(browser, d -> d.getCurrentUrl().endsWith("/tanda-terima"));

        String receiptNumber = browser.findElement(By.id("receipt-number")).getText();
        assertThat(receiptNumber).startsWith("KONS/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(zone, "Langkah berikutnya");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        String pdfUrl = browser.findElement(By.id("receipt-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(Pdfs.text(pdf.body())).contains(receiptNumber, "Sitti Aminah");

        click(By.linkText("Lihat status permohonan"));
        assertThat(browser.findElement(By.id("status")).getText())
                .isEqualTo("Permohonan Anda sudah kami terima dan menunggu pemeriksaan berkas.");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);

        MimeMessage mail = Mailbox.awaitOne(email);
        assertThat(Mailbox.subject(mail)).contains(receiptNumber);
        assertThat(Mailbox.attachment(mail, "application/pdf")).isNotNull();
        Files.deleteIfExists(scan);
    }

    /** No element narrower than its longest word, no word broken letter by letter (as the staff lists on a phone). */
    @SuppressWarnings("unchecked")
    void assertNothingSqueezed(String page) {
        assertThat((java.util.List<String>) browser.executeScript(PhoneListsBrowserTests.SQUEEZED))
                .as("what is squeezed on " + page).isEmpty();
    }
}
