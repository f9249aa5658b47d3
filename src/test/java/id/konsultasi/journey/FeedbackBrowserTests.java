package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import id.konsultasi.request.Receipt;
import id.konsultasi.support.Browser;
import id.konsultasi.support.RequestJourneys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium on a 360 px phone, for each demo office: a citizen files a complaint from the office's page
 * and the applicant of a closed consultation answers the survey from the tracking page; the secretariat
 * answers the complaint, the duty officer's kiosk takes a walk-in's answers and the head reads the IKM.
 * Every page is audited with axe-core and must fit the screen.
 */
class FeedbackBrowserTests extends BrowserJourney {

    @Autowired
    RequestJourneys journeys;

    void audit() {
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
    }

    void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Waits for the next page's message (the page before may still show its own, or go stale under us). */
    void assertFlash(String expected) {
        try {
            Browser.waitFor(browser, d -> d.findElement(By.cssSelector("main [role=status]")).getText().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(browser.findElements(By.cssSelector("main [role=status]")).stream().map(WebElement::getText).toList())
                    .as("the message on " + browser.getCurrentUrl()).containsExactly(expected);
        }
    }

    void answerTheNineQuestions(int... scores) {
        for (int i = 0; i < 9; i++) {
            click(browser.findElement(By.cssSelector("#q-u" + (i + 1) + " input[value='" + scores[i] + "']")));
        }
    }

    void signIn(String username) {
        Browser.signIn(browser, url(""), username);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void aCitizenComplainsAndAnApplicantAnswersTheSurveyOnAPhone(String code) {
        browser = Browser.start(360, 780);

        // a complaint from the office's page
        browser.get(url("/kantor/" + code));
        click(browser.findElement(By.id("complain")));
        Browser.awaitPath(browser, "/kantor/" + code + "/pengaduan");
        audit();
        String subject = "Jadwal tidak dikabarkan " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Sudah lima hari kerja belum ada kabar jadwal konsultasi.");
        browser.findElement(By.id("name")).sendKeys("Wa Ode Nurlia");
        browser.findElement(By.id("email")).sendKeys("nurlia." + code + "@contoh.id");
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> d.getCurrentUrl().contains("/lacak/pengaduan/"));
        assertThat(browser.findElement(By.id("complaint-number")).getText()).matches("ADU/[A-Z]+/\\d{4}/\\d{4}");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Pengaduan Anda sudah kami terima.");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(subject);
        audit();

        // the survey of a closed consultation, from its tracking page
        Receipt receipt = journeys.closed(code, "Siti Hajar", "hajar." + code + "@contoh.id");
        browser.get(url("/lacak/" + receipt.trackingToken()));
        assertThat(browser.findElement(By.id("survey-invitation")).getText()).contains("Bagaimana layanan kami?");
        audit();
        click(browser.findElement(By.cssSelector("#survey-invitation a")));
        Browser.awaitPath(browser, "/lacak/" + receipt.trackingToken() + "/survei");
        assertThat(browser.findElements(By.cssSelector("fieldset.skm-question"))).hasSize(9);
        audit();

        // one question forgotten: told beside it, the other answers kept
        answerTheNineQuestions(4, 3, 3, 4, 3, 4, 4, 3, 3);
        browser.executeScript("document.querySelectorAll('#q-u9 input').forEach(function (r) { r.checked = false; });");
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("u9-error"))).getText())
                .isEqualTo("Pilih salah satu jawaban.");
        assertThat(browser.findElement(By.cssSelector("#q-u1 input[value='4']")).isSelected()).isTrue();
        audit();
        click(browser.findElement(By.cssSelector("#q-u9 input[value='3']")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("education"))).selectByVisibleText("S1/D4");
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertFlash("Terima kasih, jawaban survei Anda sudah kami terima.");
        assertThat(browser.findElement(By.id("survey-answered")).getText()).contains(receipt.receiptNumber());
        audit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"buton", "babel"})
    void staffAnswerAComplaintRunTheKioskAndReadTheIndexOnAPhone(String code) {
        browser = Browser.start(360, 780);
        String subject = "Loket tutup lebih awal " + UUID.randomUUID().toString().substring(0, 8);

        signIn("sekretariat." + code);
        browser.get(url("/staf/pengaduan/baru"));
        audit();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("source"))).selectByVisibleText("SP4N-LAPOR!");
        browser.findElement(By.id("laporNumber")).sendKeys("LAP-" + UUID.randomUUID().toString().substring(0, 6));
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Diteruskan dari SP4N-LAPOR!.");
        click(browser.findElement(By.id("anonymous1")));
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertFlash("Pengaduan tercatat.");
        audit();
        browser.findElement(By.id("answer-text")).sendKeys("Terima kasih. Jam layanan loket sudah kami tertibkan.");
        click(browser.findElement(By.cssSelector("form[action$='/jawab'] button[type=submit]")));
        assertFlash("Jawaban tersimpan dan dikirim kepada pengadu.");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Dijawab");
        audit();
        browser.get(url("/staf/pengaduan"));
        assertThat(browser.findElement(By.id("complaints")).getText()).contains(subject);
        audit();

        signIn("piket." + code);
        browser.get(url("/staf/survei/kios"));
        audit();
        answerTheNineQuestions(3, 3, 3, 4, 3, 3, 4, 3, 3);
        click(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertFlash("Terima kasih, jawaban sudah tersimpan. Formulir siap untuk pengunjung berikutnya.");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();

        signIn("kadis." + code);
        browser.get(url("/staf/ikm"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Indeks Kepuasan Masyarakat (IKM)");
        assertThat(Integer.parseInt(browser.findElement(By.id("respondents")).getText())).isPositive();
        assertThat(browser.findElement(By.id("ikm-grade")).getText()).matches("[ABCD]");
        audit();
    }
}
