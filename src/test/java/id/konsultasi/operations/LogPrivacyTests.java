package id.konsultasi.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import id.konsultasi.request.ConsultationRequest;
import id.konsultasi.request.ConsultationRequests;
import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.HttpVisitor.Page;
import id.konsultasi.support.HttpVisitor.Upload;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Mailbox;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the application logs while a citizen's request goes through it (the form sent with a mistake and again,
 * the receipt, its PDF and mail, the tracking page, "send my link again", the secretariat's registration, the
 * head's search and the scan opened) holds none of the applicant's personal data nor the tracking link's secret,
 * and every request's lines carry its correlation id, which the response names.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests {

    static final String NAME = "Wirasena Qadrunnada";
    static final String NIK = "7404015708900003";
    static final String PHONE = "0852-5704-3816";
    static final String PHONE_DIGITS = "85257043816";

    @LocalServerPort
    int port;
    @Autowired
    ConsultationRequests requests;

    @Test
    void aRequestThroughTheWholeFlowLeavesNoPersonalDataInTheLog(CapturedOutput output) throws Exception {
        String email = "wirasena." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        HttpVisitor applicant = HttpVisitor.anonymous(port);
        HttpVisitor.Form form = applicant.get("/kantor/buton/ajukan").form("form[action$=/ajukan]")
                .set("change", "idScan").submit().form("form[action$=/ajukan]") // its last page, with the files
                .set("applicantType", "PERSON").set("name", NAME).set("nik", NIK.substring(0, 6) + " " + NIK.substring(6))
                .set("phone", PHONE).set("email", email).set("address", "Jalan Betoambari 7, Baubau")
                .set("topic", "Bantuan sosial untuk " + NAME).set("purpose", "Konsultasi " + NAME)
                .set("preferredMode", "IN_PERSON")
                .attach("idScan", Upload.pdf("KTP " + NAME + ".pdf"));
        Page mistaken = form.submit(); // without consent: the form comes back with everything typed
        assertThat(mistaken.status()).isEqualTo(200);
        Page sent = mistaken.form("form[action$=/ajukan]").set("consent", "true")
                .attach("idScan", Upload.pdf("KTP " + NAME + ".pdf")).submit()
                .form("#check-answers").press("button[name=send]").submit();
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        Document receipt = sent.follow().document();
        String token = receipt.select("#tracking-link").attr("href").replaceFirst(".*/lacak/", "");
        ConsultationRequest request = requests.findByTrackingToken(token).orElseThrow();
        applicant.get(receipt.select("#receipt-pdf").attr("abs:href"));
        applicant.get("/lacak/" + token);
        Mailbox.awaitOne(email);
        HttpVisitor.anonymous(port).get("/lacak").form("form[action$=/lacak]")
                .set("receiptNumber", request.getReceiptNumber()).set("email", email).submit();

        HttpVisitor secretariat = HttpVisitor.demo(port, "sekretariat.buton");
        Document page = secretariat.get("/staf/permohonan/" + request.getId()).document();
        secretariat.get("/staf/permohonan?q=" + NAME.replace(' ', '+'));
        page.select("a[href*=/dokumen/]").forEach(link -> secretariat.get(link.attr("abs:href")));
        HttpVisitor head = HttpVisitor.demo(port, "kadis.buton");
        head.get("/staf/disposisi?q=" + PHONE_DIGITS);
        Page found = head.get("/staf/disposisi?q=" + email);
        assertThat(found.status()).isEqualTo(200);

        // the access line is written when the request has finished, which may be just after the client has read
        // the response
        String id = found.header("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{32}");
        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getAll())
                .contains(id + "] ", "GET /staf/disposisi 200", "GET /lacak/{token} 200",
                        "POST /kantor/buton/ajukan 302"));
        assertThat(output.getAll()).as("the log")
                .doesNotContain(NAME, NAME.split(" ")[1], NIK, NIK.substring(0, 6) + " " + NIK.substring(6), PHONE,
                        PHONE_DIGITS, email, token);
    }

    @Test
    void aRequestIdSentByAClientIsNotTakenWithoutATrustedProxy(CapturedOutput output) {
        Page page = HttpVisitor.anonymous(port).get("/", java.util.Map.of("X-Request-Id", "chosen-by-the-client"));
        assertThat(page.header("X-Request-Id")).get().asString().matches("[0-9a-f]{32}");
        assertThat(output.getAll()).doesNotContain("chosen-by-the-client");
    }
}
