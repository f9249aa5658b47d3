package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.konsultasi.support.Browser;
import id.konsultasi.support.Mailbox;
import id.konsultasi.support.Pdfs;
import id.konsultasi.support.TestFiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;


/**
 * A citizen on a 360 px phone submits a request with an ID scan to each demo office, gets the receipt
 * page, the PDF and the e-mail, and follows the request through the link; axe-core audits every page.
 */
class CitizenRequestBrowserTests extends BrowserJourney {

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

    /**
     * On a 390 px phone an online applicant reads only the requirements that apply online (Buton's "register at the
     * duty desk" is for those who come in person), an institution's own requirement appears when its type is chosen.
     * The form on one page was 2,900 to 3,400 px long there even so: each of its three pages stays under 2,500 px.
     */
    @Test
    void theFormOnAPhoneListsOnlyTheRequirementsOfAnOnlineApplicantAndIsShortOnEachPage() {
        browser = Browser.start(390, 844);
        // the office page lists them all, a walk-in's with its note
        browser.get(url("/kantor/buton"));
        assertThat(browser.findElement(By.cssSelector(".office-essentials")).getText())
                .contains("Registrasi tamu ke piket tamu (hanya bila datang langsung)");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        browser.get(url("/kantor/buton/ajukan"));
        Browser.awaitPath(browser, "/kantor/buton/ajukan");
        assertThat(browser.findElement(By.id("requirements")).getText())
                .doesNotContain("Registrasi tamu ke piket tamu", "Membawa surat permohonan dari pimpinan")
                .contains("Materi konsultasi yang diminta secara jelas");
        assertThat(browser.findElement(By.id("step-progress")).getText()).isEqualTo("Langkah 1 dari 3");
        choose("applicantType", "NGO");
        assertThat(browser.findElement(By.id("requirements")).getText()).contains("Membawa surat permohonan dari pimpinan")
                .doesNotContain("Registrasi tamu ke piket tamu");
        Browser.assertAccessible(browser);
        List<Long> heights = new ArrayList<>();
        heights.add(pageHeight("buton, an NGO, page 1"));
        type("name", "Wa Ode Sitti");
        type("institution", "LSM Peduli Lansia");
        type("position", "Ketua");
        type("nik", "7404015708900003");
        type("phone", "0812 3456 7890");
        type("email", "lsm." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id");
        next("Langkah 2 dari 3");
        heights.add(pageHeight("buton, an NGO, page 2"));
        type("topic", "Syarat bantuan sosial lansia");
        type("purpose", "Mengetahui syarat dan alur pengajuan bantuan untuk anggota kami.");
        choose("preferredMode", "ONLINE");
        next("Langkah 3 dari 3");
        assertThat(browser.findElement(By.id("requestLetter")).isDisplayed()).isTrue();
        heights.add(pageHeight("buton, an NGO, page 3"));
        Browser.assertAccessible(browser);
        assertThat(heights).as("each page's height at 390 px").allMatch(height -> height < PAGE_HEIGHT_LIMIT);
    }

    /** Above this a phone's form is split into one page per question group (it was: 2,924 px at Bangka Belitung). */
    static final long PAGE_HEIGHT_LIMIT = 2_500;

    /** The page's height as the applicant scrolls it, after the reveals. */
    long pageHeight(String what) {
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
        System.out.println("request form at 390 px (" + what + "): " + height + " px");
        return height;
    }

    void next(String progress) {
        click(By.cssSelector("button[name=change][value=next]"));
        Browser.waitFor(browser, d -> d.findElement(By.id("step-progress")).getText().equals(progress));
    }

    void journey(String office, String zone, boolean visitTime) throws Exception {
        browser = Browser.start(360, 780);
        String email = office + "." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Path scan = Files.createTempFile("ktp", ".png");
        Files.write(scan, TestFiles.png());

        browser.get(url("/kantor/" + office));
        click(By.id("apply"));
        Browser.awaitPath(browser, "/kantor/" + office + "/ajukan");
        assertThat(browser.findElement(By.id("step-progress")).getText()).isEqualTo("Langkah 1 dari 3");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the request form's first page");

        // the institution's fields are revealed only for an applicant who writes for one
        assertThat(browser.findElement(By.id("institution")).isDisplayed()).isFalse();
        choose("applicantType", "NGO");
        assertThat(browser.findElement(By.id("institution")).isDisplayed()).isTrue();
        choose("applicantType", "PERSON");
        assertThat(browser.findElement(By.id("institution")).isDisplayed()).isFalse();

        // first attempt with a mistake: the page comes back with the message and everything typed; the next page's
        // questions are not asked yet
        type("name", "Sitti Aminah");
        type("phone", "12");
        type("email", email);
        next("Langkah 1 dari 3");
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sitti Aminah");
        assertThat(browser.findElements(By.cssSelector("#topic:not([type=hidden])"))).isEmpty();
        Browser.assertAccessible(browser);
        type("phone", "0812 3456 7890");
        if (office.equals("buton")) {
            type("nik", "7404015708900003");
        }
        next("Langkah 2 dari 3");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the request form's second page");
        type("topic", "Syarat bantuan sosial lansia");
        type("purpose", "Mengetahui syarat dan alur pengajuan bantuan untuk orang tua saya.");
        choose("preferredMode", "IN_PERSON");
        if (visitTime) {
            // the picker: the office's next working days, then a time within its hours, tapped like any radio
            assertThat(browser.findElements(By.cssSelector("input[name=visitDay]"))).hasSize(10);
            choose("visitDay", "2026-11-17");
            choose("visitTime", "10:30");
        }
        next("Langkah 3 dari 3");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the request form's last page");
        // a person attaches no institution's letter; going back keeps the file chosen and everything typed
        assertThat(browser.findElements(By.id("requestLetter"))).isEmpty();
        browser.findElement(By.id("idScan")).sendKeys(scan.toAbsolutePath().toString());
        click(By.cssSelector("button[name=back]"));
        Browser.waitFor(browser, d -> d.findElement(By.id("step-progress")).getText().equals("Langkah 2 dari 3"));
        assertThat(browser.findElement(By.id("topic")).getAttribute("value")).isEqualTo("Syarat bantuan sosial lansia");
        next("Langkah 3 dari 3");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sudah diunggah");
        WebElement consent = browser.findElement(By.id("consent1"));
        if (!consent.isSelected()) {
            click(By.cssSelector("label[for=consent1]"));
        }
        click(By.cssSelector("main button[type=submit]:not([name])"));

        // the answers to check before sending; "change" leads back to the page of the field with everything kept,
        // and its "continue" back to the answers
        Browser.waitFor(browser, d -> d.findElement(By.tagName("h1")).getText().equals("Periksa jawaban Anda"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sitti Aminah", "0812 3456 7890", "ktp");
        if (visitTime) {
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Selasa, 17 November 2026, 10:30 WIB");
        }
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertNothingSqueezed("the answers to check");
        click(By.cssSelector("button[name=change][value=phone]"));
        Browser.waitFor(browser, d -> d.findElements(By.id("step-progress")).size() == 1);
        assertThat(browser.findElement(By.id("step-progress")).getText()).isEqualTo("Langkah 1 dari 3");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sitti Aminah");
        type("phone", "0812 3456 7891");
        click(By.cssSelector("button[name=change][value=next]"));
        Browser.waitFor(browser, d -> d.findElement(By.tagName("h1")).getText().equals("Periksa jawaban Anda"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("0812 3456 7891", "ktp");
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
