package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.konsultasi.account.StaffUser;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.scheduling.PlanInput;
import id.konsultasi.scheduling.SchedulingService;
import id.konsultasi.support.Browser;
import id.konsultasi.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * An applicant's answer letter checked by anyone (#17): its PDF, downloaded from the tracking page's link, is
 * rendered as a reader's screen shows it, its QR code read, and the address it holds opened in Chromium; the letter
 * uploaded there is genuine, a copy with one byte changed is not.
 */
class VerificationBrowserTests extends BrowserJourney {

    @Value("${konsultasi.base-url}")
    String baseUrl;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SchedulingService scheduling;
    @TempDir
    Path files;

    /**
     * The text of the first QR code found on the letter's pages, rendered at 150 dpi, and at 300 dpi where a code is
     * not read at 150 (as a phone comes closer: the 21 mm code scaled to a few pixels a module may misread).
     */
    static String scanQr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer pages = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                for (int dpi : new int[] {150, 300}) {
                    BufferedImage image = pages.renderImageWithDPI(page, dpi);
                    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                    try {
                        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                                DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE))).getText();
                    } catch (ReaderException notReadAtThisResolution) {
                        // closer, or the next page, if any
                    }
                }
            }
        }
        throw new AssertionError("no QR code in the letter");
    }

    String upload(byte[] pdf, String name) throws Exception {
        Path file = Files.write(files.resolve(name), pdf);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        // the page of the previous upload shows an outcome too: the new one is read once that page is gone
        Browser.clickAndLeave(browser, browser.findElement(By.cssSelector("main form[enctype] button[type=submit]")));
        return Browser.textOf(browser, By.id("verification-outcome"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnswerLettersQrCodeLeadsToAPageThatTellsTheLetterFromAnEditedCopy() throws Exception {
        StaffUser officer = fixtures.officer("buton");
        ConsultationRequest request = fixtures.assigned("buton",
                "qr." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id", officer);
        scheduling.schedule(fixtures.principal(officer), request.getId(), new PlanInput(fixtures.workingDay("buton", 6),
                LocalTime.of(14, 0), 30, ConsultationMode.ONLINE, null, "https://meet.contoh.id/qr", null,
                fixtures.ids(officer), officer.getId(), null, "uji: melewati batas"));

        // the QR code is scanned with a phone: the whole check happens at 390 px
        browser = Browser.start(390, 844);
        browser.get(url("/lacak/" + request.getTrackingToken()));
        String pdfUrl = browser.findElement(By.id("answer-letter")).getAttribute("href");
        byte[] letter = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();

        String scanned = scanQr(letter);
        assertThat(scanned).startsWith(baseUrl + "/verifikasi/");
        browser.get(url(URI.create(scanned).getPath()));
        assertThat(browser.findElement(By.id("issued-letter")).getText()).contains("Surat jawaban",
                "Dinas Sosial Kabupaten Buton", "Ditandatangani secara elektronik");
        Browser.assertAccessible(browser);
        Browser.assertNoHorizontalScroll(browser);
        assertThat((List<String>) browser.executeScript(PhoneListsBrowserTests.SQUEEZED)).as("squeezed on a phone")
                .isEmpty();

        assertThat(upload(letter, "surat-jawaban.pdf")).startsWith("Asli");
        Browser.assertAccessible(browser);

        byte[] edited = letter.clone();
        int at = letter.length / 2;
        edited[at] = (byte) (edited[at] == ' ' ? '!' : ' ');
        assertThat(upload(edited, "surat-jawaban-diedit.pdf")).startsWith("Tidak asli");

        browser.get(url(URI.create(scanned).getPath() + "?lang=en"));
        assertThat(upload(edited, "edited-letter.pdf")).startsWith("Not genuine");
        assertThat(upload(letter, "answer-letter.pdf")).startsWith("Genuine");

        // the code typed from the paper letter, in lower case and with its dashes, leads to the same page
        String code = scanned.substring(scanned.lastIndexOf('/') + 1);
        browser.get(url("/verifikasi"));
        Browser.assertAccessible(browser);
        browser.findElement(By.id("kode")).sendKeys(
                (code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10)).toLowerCase() + "\n");
        Browser.waitFor(browser, d -> !d.findElements(By.id("issued-letter")).isEmpty());
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/verifikasi/" + code);
    }
}
